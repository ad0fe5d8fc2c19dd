x = 1.5
y = 2j
z = 1e100
w = b"bytes"
v = "str"
u = None, True, False, ...
