def f():
    a = 1
    b = 2
    def g():
        return a
    def h():
        return b, a
    return g, h
