def f():
    a = 1
    b = 1.0
    c = True
    d = 0
    e = False
    f = 0.0
    g = -0.0
    return a, b, c, d, e, f, g
