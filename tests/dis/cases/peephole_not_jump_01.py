def f(a):
    if not a:
        return 1
    while not a:
        a = g()
    return 2
