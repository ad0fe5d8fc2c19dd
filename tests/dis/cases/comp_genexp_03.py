def f(m):
    return list(c for row in m for c in row)
