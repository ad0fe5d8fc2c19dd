d = {i: i * i for i in range(200000)}
print(len(d), d[199999], sum(d.values()) % 1000000007)
for i in range(0, 200000, 2):
    del d[i]
print(len(d), list(d)[:5], list(d.items())[-1])
s = set(range(100000))
s -= set(range(0, 100000, 3))
print(len(s), min(s), max(s))
