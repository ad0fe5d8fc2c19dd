def f(x):
    def g(y):
        def h(z):
            return x + z
        return h
    return g
