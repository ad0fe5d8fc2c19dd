def f(g, a, b):
    return g(a, b, c=1, d=2)
