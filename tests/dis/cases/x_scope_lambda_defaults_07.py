def make_adders(ns):
    return [lambda x, n=n: x + n for n in ns]


def kw_lambda():
    f = lambda *, a=1, b: a + b
    g = lambda a, /, b=2, *c, d=3, **e: (a, b, c, d, e)
    h = lambda: lambda: lambda: 1
    i = lambda x: (yield x)
    return f, g, h, i


defaults = (lambda a=[], b={}, c=(): (a, b, c))
anno = lambda: None
