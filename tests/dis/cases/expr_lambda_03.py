items = [(1, "b"), (2, "a")]
items.sort(key=lambda p: p[1])
print(sorted(items, key=lambda p: -p[0]))
