from pkg_circ.circ_c import thing
other = 2
