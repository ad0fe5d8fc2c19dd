def f(*args, **kwargs):
    return args, kwargs
def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
