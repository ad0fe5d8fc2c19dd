def f(a, b):
    if a and True:
        return 1
    if a or False:
        return 2
    if True and a:
        return 3
    if False or a:
        return 4
    if a and 0:
        return 5
    if 1 or a:
        return 6
    if not True or a:
        return 7
    x = a and 1 or 2
    y = 1 if True else a
    z = a if False else 2
    w = (a or 1) and 0
    return x, y, z, w


def g(a):
    while a and 1:
        a -= 1
    while 0 or a:
        a += 1
        break
    while True and a:
        return a
