from pkg_shapes.square import both
print(both(2))
import pkg_shapes.sub.deep as deep
print(deep.where(), deep.parent_version())
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg_shapes")))
