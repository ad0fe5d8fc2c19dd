# Memoize by hand, function attributes, partial application with closures
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        else:
            wrapper.hits += 1
        return cache[args]
    wrapper.hits = 0
    wrapper.cache = cache
    return wrapper

@memoize
def slow_square(n):
    return n * n

for n in [2, 3, 2, 2, 4, 3]:
    slow_square(n)
print(slow_square.hits, sorted(slow_square.cache.items()))
print(slow_square.__name__)

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(3), compose(sq, inc)(3), compose()(7))

def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried

add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))

def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts
    return count

cnt = counter_factory()
for w in "a b a c a b".split():
    result = cnt(w)
print(result)
slow_square([1])
