import itertools
counter = itertools.count()
def f(x=next(counter)):
    return x
print(f(), f(), next(counter))
y = 1
def g(v=y):
    return v
y = 2
print(g())
