counts = {}
key = ["a", "b"]
counts[tuple(key)] = 1
print(counts)
counts[key] = 2
