def f(a, b, c):
    a, b = b, a
    a, b, c = c, b, a
    return a, b, c
