from pkg_circ.circ_d import other
thing = 1
