def f(a, b, c, d):
    return a < b <= c == d
