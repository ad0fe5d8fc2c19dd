def f():
    raise ValueError
    return 1
