def f(arg):
    def g():
        return arg
    return g
