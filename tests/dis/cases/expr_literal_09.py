def f():
    return [1, 2, 3, 4, 5], (1, 2, 3, 4, 5)
def g():
    return {1, 2, 3, 4, 5}
