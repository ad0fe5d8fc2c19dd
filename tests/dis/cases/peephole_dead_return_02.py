def f(x):
    if x:
        return 1
    else:
        return 2
    return 3
