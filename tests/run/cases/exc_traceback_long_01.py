def recurse(n):
    if n == 0:
        raise ValueError("bottom")
    return recurse(n - 1)
recurse(30)
