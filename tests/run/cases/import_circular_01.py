import pkg_circ.circ_a as circ_a
print(circ_a.value, circ_a.pkg_circ.circ_b.value, circ_a.pkg_circ.circ_b.peek())
