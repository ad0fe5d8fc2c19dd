def f(n):
    return [lambda: i + n for i in range(n)]
