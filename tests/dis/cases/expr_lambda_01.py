f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=2, *a, z, **k: (x, y, a, z, k)
