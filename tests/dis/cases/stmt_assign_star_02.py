def f(t):
    [a, *b] = t
    (*c,) = t
    return a, b, c
