def f(g, args, kwargs):
    return g(*args, **kwargs)
