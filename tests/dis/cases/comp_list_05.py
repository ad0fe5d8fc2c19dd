def f(n):
    return [[i * j for j in range(n)] for i in range(n)]
