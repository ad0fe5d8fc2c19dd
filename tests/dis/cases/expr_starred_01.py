def f(a):
    x, *y = a
    *p, q = a
    r, *s, t = a
    return x, y, p, q, r, s, t
