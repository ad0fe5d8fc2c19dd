print(None, type(None).__name__, None is None, None == None, bool(None))
print(..., Ellipsis is ..., type(...).__name__)
print(NotImplemented, type(NotImplemented).__name__)
def f():
    ...
print(f())
x = [1, ...]
print(x)
try:
    None.foo
except Exception as e:
    print(f"{type(e).__name__}: {e}")
