data = [3, 1, 3, 2, 1, 5, 2]
print(sorted(set(data)), list(dict.fromkeys(data)))
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, len(seen))
print(set(range(5)) - {0, 4}, {x % 4 for x in data})
