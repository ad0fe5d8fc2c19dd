def f(a):
    return a[1:2], a[:2], a[1:], a[:], a[::2], a[1:2:3]
