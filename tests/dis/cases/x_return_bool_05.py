def a(x, y):
    return x and not y


def b(x, y):
    return not (x or y)


def c(x):
    return x is None or x == 0


def d(x, y, z):
    return x < y and y < z or x > z


def e(xs):
    return all(xs) and any(xs) or not xs


def f(x):
    return not x if x is not None else None


def g(x):
    return bool(x) is True
