def f(a, b, c):
    with a as x, b as y, c:
        print(x, y)
