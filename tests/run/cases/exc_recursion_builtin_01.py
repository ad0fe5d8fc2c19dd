def f(n):
    len("x")
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(e)
def g(n):
    if n % 7 == 0:
        str(n)
    return g(n + 1)
g(0)
