def f(key=lambda x: x, *, cmp=lambda a, b: a < b):
    return key, cmp
