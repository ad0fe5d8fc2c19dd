def f(g, a, b, c):
    return g(*a, *b, *c)
