def f(a, i, j):
    a[i] = a[j]
    del a[i]
    return a[i][j]
