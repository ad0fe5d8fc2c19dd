a = 1 < 2 < 3
b = 1 == 1.0
c = "a" in "abc"
d = 1 is 1
e = None is None
f = () is ()
g = 1 if 1 < 2 else 3
h = not 1 == 2
i = x is not None is not y
print(a, b, c, d, e, f, g, h)
