import itertools as it
c = it.count(5)
next(c)
print(c, it.count(1, 2), it.count(0.5, 0.25), it.repeat("x"), it.repeat(1, 2))
print(type(it.chain()).__name__, type(it.islice([], 1)), list(it.islice(range(10), 2, None)))
print(list(it.accumulate([3, 1, 4], max)), list(it.zip_longest([1], [2, 3], [4, 5, 6])))
print(list(it.product(range(2), repeat=3))[:3], list(it.permutations([1, 2, 3]))[-1])
r = it.repeat(0, 3)
print(list(r), list(r))
try:
    it.islice([], -1)
except ValueError as e:
    print(e)
