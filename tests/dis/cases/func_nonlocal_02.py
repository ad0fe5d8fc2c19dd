def outer():
    a = b = 0
    def inner():
        nonlocal a, b
        a, b = b, a
        return a
    return inner
