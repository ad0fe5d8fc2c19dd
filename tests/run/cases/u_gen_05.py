import itertools

def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(itertools.islice(primes(), 20)))

def window(it, n):
    it = iter(it)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win

print(list(window(range(6), 3)))
print(list(window("ab", 3)))

def round_robin(*iterables):
    iters = [iter(i) for i in iterables]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)

print(list(round_robin("ABC", "D", "EF")))

def unique(it, key=None):
    seen = set()
    for x in it:
        k = key(x) if key else x
        if k not in seen:
            seen.add(k)
            yield x

print(list(unique([3, 1, 3, 2, 1, 5])))
print(list(unique(["Apple", "apple", "Banana", "BANANA", "cherry"], key=str.lower)))
g = primes()
print(g.__name__, g.__qualname__)
g.close()
print(list(g))
print(next(primes()) + "x")
