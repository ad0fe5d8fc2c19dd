def f(a, b):
    x = a if a and b else b
    return x if x is not None else 0
