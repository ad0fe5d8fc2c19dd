def f(a, b):
    x = a and b or a
    y = (a or b) and a
    return x, y
