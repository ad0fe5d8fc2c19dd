def outer(zeta, alpha, Beta, _under, ñ):
    mu = 1
    Zed = 2
    def inner():
        return zeta, alpha, Beta, _under, ñ, mu, Zed
    def inner2():
        def innermost():
            return Zed, alpha
        return innermost
    return inner, inner2


def cells_and_args(b, a, *c, d, **e):
    f = 1
    def g():
        return e, d, c, b, a, f
    return g


def nested_free():
    x = 1
    def a():
        y = 2
        def b():
            z = 3
            def c():
                return x + y + z
            return c
        return b
    return a
