def f(g, x):
    return g(1, *x, 2, *x, y=3)
