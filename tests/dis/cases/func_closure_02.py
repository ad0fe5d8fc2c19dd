def f(x):
    def g():
        return x
    x = x + 1
    return g
