def f(a, b):
    x = g(
        a) + h(
        b)
    return x
