def f(m):
    return m[1, 2], m[1:2, 3], m[...]
