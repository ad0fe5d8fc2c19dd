def f(o, t):
    o.a, o[0], x = t
    return x
