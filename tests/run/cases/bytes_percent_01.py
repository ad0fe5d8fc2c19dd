print(b"%d-%s-%x" % (5, b"xy", 255))
print(b"%5s|%-5s|" % (b"a", b"b"), b"%c" % 65, b"%%")
print(b"%r" % "x" if False else b"%a" % "é")
