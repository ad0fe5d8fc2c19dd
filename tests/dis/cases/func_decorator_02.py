def a(f): return f
def b(f): return f
def c(x): return a
@a
@b
@c(1)
def f(x=1, *, y: int = 2):
    pass
