import pkg_shapes.nope
