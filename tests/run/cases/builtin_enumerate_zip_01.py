names = ["a", "b", "c"]
print(list(enumerate(names)), list(enumerate(names, start=10)))
print(list(zip(names, range(5))), list(zip()), list(zip("ab", "cd", "ef")))
keys, vals = zip(*[("x", 1), ("y", 2)])
print(keys, vals, dict(zip(keys, vals)))
for i, (n, v) in enumerate(zip(names, [9, 8, 7]), 1):
    print(i, n, v)
print(type(zip()).__name__, type(enumerate([])).__name__)
