import pkg_shapes
from pkg_shapes import circle
from pkg_shapes.square import area as sq_area
print(pkg_shapes.VERSION, circle.area(1), sq_area(3))
print(pkg_shapes.__name__, circle.__name__, circle.__package__)
import os
print(os.path.relpath(circle.__file__), os.path.relpath(pkg_shapes.__file__))
print(sorted(n for n in dir(pkg_shapes) if not n.startswith("_")))
