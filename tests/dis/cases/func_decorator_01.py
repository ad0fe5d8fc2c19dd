import functools
def deco(fn):
    return fn
@deco
def f():
    pass
@functools.lru_cache(maxsize=None)
def g(n):
    return n
