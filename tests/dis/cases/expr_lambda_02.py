def outer(n):
    return lambda x: x + n
