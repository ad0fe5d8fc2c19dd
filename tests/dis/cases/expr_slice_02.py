def f(a, b):
    a[1:2] = b
    del a[::2]
    a[:-1] += b
