def f(a, b, c, d):
    x1 = (a and b) or c
    x2 = a or (b and c)
    x3 = (a or b) or c
    x4 = (a and b) and c
    x5 = not (a and b) or c
    x6 = (a or b) and (c or d)
    x7 = (a and b) or (c and d)
    x8 = ((a or b) and c) or d
    x9 = a and (b or (c and d))
    x10 = (a if b else c) or d
    x11 = a or (b if c else d)
    x12 = (a and b) if (c or d) else (a or d)
    x13 = a and not b
    x14 = not a or not b or not c
    x15 = a and b and (c or d) and a
    return x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15


def g(a, b, c):
    return (a and b) or c


def h(a, b, c):
    return a or b and not c


def k(a, b):
    return (a or b) == (b and a)
