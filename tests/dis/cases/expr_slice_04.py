def f(a, i, j):
    return a[i:j], a[i:], a[:j], a[i:j:-1]
