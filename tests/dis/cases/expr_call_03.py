def f(g, a, args, kw):
    return g(a, *args, b=1, **kw)
