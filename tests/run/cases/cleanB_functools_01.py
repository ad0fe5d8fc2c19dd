import functools
from functools import partial, partialmethod, total_ordering, lru_cache, cache, singledispatch, cached_property, reduce, wraps, cmp_to_key
def f(a, b=2, *c, **k): return (a, b, c, k)
p = partial(f, 1, x=3)
q = partial(p, 4, y=5)
print(q.func is f, q.args, q.keywords, q(6, x=0), repr(p).startswith("functools.partial(<function f"))
class P(partial): pass
print(repr(P(len)).startswith("P(<built-in"), repr(partial(max, 1, key=abs)))
try: partial(1)
except TypeError as e: print("TypeError:", e)
class C:
    def m(self, a, b): return (self.v, a, b)
    pm = partialmethod(m, 10)
    v = 1
print(C().pm(20), isinstance(C.pm, partialmethod))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
try: reduce(max, [])
except TypeError as e: print("TypeError:", e)
for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    ns = {root: lambda s, o, r=root: getattr(s.v, r)(o.v), "__eq__": lambda s, o: s.v == o.v,
          "__init__": lambda s, v: setattr(s, "v", v)}
    K = total_ordering(type("K" + root[2:4], (), ns))
    a, b = K(1), K(2)
    print(K.__name__, a < b, a <= b, a > b, a >= b, b >= b, b <= b, sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in K.__dict__))
try: total_ordering(type("N", (), {}))
except ValueError as e: print("ValueError:", e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@lru_cache(maxsize=2)
def sq(x): return x * x
for v in (1, 2, 1, 3, 2, 1): sq(v)
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(5))
sq.cache_clear(); print(sq.cache_info())
@lru_cache(typed=True)
def ident(x): return x
ident(1); ident(1.0); ident(1); print(ident.cache_info())
@lru_cache
def plain(x, y=0): return x + y
plain(1); plain(1, y=0); plain(x=1); print(plain.cache_info())
print(lru_cache(maxsize=-3)(abs).cache_info().maxsize)
try: lru_cache("x")
except TypeError as e: print("TypeError:", e)
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
show.register(float, lambda x: "float")
print(show(1), show(True), show([]), show(1.5), show("s"), show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))
for bad in (lambda: show.register(3), lambda: show.register(lambda x: 0), lambda: show()):
    try: bad()
    except TypeError as e: print("TypeError:", e)
class W:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        """doc"""
        self.n += 1
        return self.n
w = W(); print(w.val, w.val, W.val.__doc__, W.val.attrname)
class S:
    __slots__ = ("a",)
    @cached_property
    def v(self): return 1
try: S().v
except TypeError as e: print("TypeError:", e)
cp = cached_property(lambda s: 1)
try: cp.__get__(W())
except TypeError as e: print("TypeError:", e)
def orig(a):
    "orig doc"
orig.extra = 1
@wraps(orig)
def wrapper(*a): return orig(*a)
print(wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is orig, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
