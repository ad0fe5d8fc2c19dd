def f(a, b):
    pass
f(a=1, c=2)
