import typing
def f(o):
    o.attr: int = 1
    o[0]: str = "a"
    (x): int = 2
    return x
