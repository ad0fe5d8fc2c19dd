def f(x, y):
    if not x == y:
        return 1
    if not x is y:
        return 2
    if not x in y:
        return 3
