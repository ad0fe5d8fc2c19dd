print(None, type(None).__name__, None is None, None == None, bool(None))
print(..., Ellipsis is ..., type(...).__name__)
print(NotImplemented, type(NotImplemented).__name__)
def f():
    ...
print(f())
x = [1, ...]
print(x)
None.foo
