def f(x):
    return x
f(1, x=2)
