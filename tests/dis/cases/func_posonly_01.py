def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
