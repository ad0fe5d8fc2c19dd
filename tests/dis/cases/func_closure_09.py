def f(*args, **kwargs):
    def g():
        return args, kwargs
    return g
