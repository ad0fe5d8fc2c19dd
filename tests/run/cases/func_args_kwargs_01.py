def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, b=2, *rest, c, d=4, **extra):
    print(a, b, rest, c, d, extra)
g(1, c=3)
g(1, 2, 3, 4, c=5, d=6, e=7)
def h(x, /, y, *, z):
    return x + y + z
print(h(1, 2, z=3), h(1, y=2, z=3))
