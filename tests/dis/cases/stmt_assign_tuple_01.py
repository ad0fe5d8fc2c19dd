def f(t):
    a, b = t
    (c, d), e = t
    [f, g] = t
    return a, b, c, d, e, f, g
