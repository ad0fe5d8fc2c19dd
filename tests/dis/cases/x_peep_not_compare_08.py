def f(a, b):
    if not a == b:
        return 1
    if not a is b:
        return 2
    if not a in b:
        return 3
    if not (a is not b):
        return 4
    if not (a not in b):
        return 5
    x = not a < b
    y = not (a is None)
    z = not not a
    return x, y, z


def g(a):
    return [not x for x in a if not x is None if not not x]
