print("init pkg_shapes")
VERSION = "1.0"
