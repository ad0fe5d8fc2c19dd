import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
p = functools.partial(int, base=2)
print(p("1010"), p.func.__name__, p.keywords)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(c=10))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(4), sq(4))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
