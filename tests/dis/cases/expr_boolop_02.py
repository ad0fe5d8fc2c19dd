def f(a, b, c, d):
    return (a or b) and (c or d)
