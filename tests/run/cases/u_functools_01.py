import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
int2 = functools.partial(int, base=2)
print(int2("1011"), int2.func is int, int2.keywords, int2.args)
pow_of_2 = functools.partial(pow, 2)
print([pow_of_2(i) for i in range(6)])

@functools.lru_cache(maxsize=3)
def sq(n):
    print("computing", n)
    return n * n

for n in [1, 2, 1, 3, 4, 1, 2]:
    sq(n)
print(sq.cache_info())

@functools.singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}"

print(describe(3), describe([1, 2]), describe("s"), describe(True))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.neg(5), operator.contains([1], 1))
functools.reduce(operator.add, [])
