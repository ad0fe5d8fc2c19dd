def f(a, b=1, c="two", d=None):
    return a, b, c, d
