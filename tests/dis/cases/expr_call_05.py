def f(g, a, b):
    return g(**a, **b, x=1)
