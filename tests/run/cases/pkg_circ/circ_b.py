import pkg_circ.circ_a
value = "b"
def peek():
    return pkg_circ.circ_a.value
