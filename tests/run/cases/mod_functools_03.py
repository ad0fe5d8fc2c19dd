import functools
@functools.total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2))
p = functools.partial(max, 1, key=abs)
print(repr(p).startswith("functools.partial(<built-in function max>, 1, key="), p(-5, 3))
pp = functools.partial(p, 7)
print(pp.args, pp.func is max)
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.cache_info().hits)
sq.cache_clear()
print(sq.cache_info())
