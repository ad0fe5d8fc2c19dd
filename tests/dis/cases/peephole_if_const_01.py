def f():
    if True:
        a = 1
    if False:
        b = 2
    if 0:
        c = 3
    else:
        c = 4
    if "s":
        d = 5
    return a, c, d
