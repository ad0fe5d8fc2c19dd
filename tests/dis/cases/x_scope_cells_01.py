def outer(a, b, *args, c, **kw):
    def inner():
        return a + c + len(args) + len(kw)
    b = 2
    return inner, b


def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get


def shadow(x):
    def f(x):
        def g():
            return x
        return g
    return f(x + 1)


def param_cell(x, y):
    x = x + 1
    return lambda: x * y


def late_binding():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
