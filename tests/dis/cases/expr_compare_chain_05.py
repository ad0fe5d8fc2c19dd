def f(a, b, c, d):
    if a < b < c and c < d:
        return 1
    return b == c != d
