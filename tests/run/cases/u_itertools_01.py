import itertools as it

print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain("ab", [1, 2], (None,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.combinations("ABCD", 2)))
print(list(it.combinations_with_replacement([1, 2, 3], 2)))
print(list(it.permutations(range(3))), len(list(it.permutations(range(5), 3))))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("r", 3)))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
for key, group in it.groupby("aaabccaa"):
    print(key, list(group))
data = sorted([("fruit", "apple"), ("veg", "leek"), ("fruit", "fig"), ("veg", "kale"), ("nut", "pecan")])
for k, g in it.groupby(data, key=lambda t: t[0]):
    print(k, [x[1] for x in g])
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise([1, 2, 4, 7])) if hasattr(it, "pairwise") else "no pairwise")
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.islice("abc", -1)))
