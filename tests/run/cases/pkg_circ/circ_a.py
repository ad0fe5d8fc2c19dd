import pkg_circ.circ_b
value = "a"
