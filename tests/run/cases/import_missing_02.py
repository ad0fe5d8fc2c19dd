from pkg_shapes import nonexistent
