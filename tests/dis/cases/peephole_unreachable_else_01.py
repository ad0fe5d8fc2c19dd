def f(x):
    while x:
        x -= 1
    else:
        return 1
    return 2
