def f(a, b):
    def g():
        nonlocal a
        a = b
        del a
    return g
