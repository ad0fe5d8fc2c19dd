def f(m):
    return [c for row in m for c in row if c]
