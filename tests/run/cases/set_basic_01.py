s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s)
s.add(10); s.discard(1); s.remove(2)
print(s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([1, 7]))
print(a <= {1, 2, 3, 4, 5}, a < a, a.issubset(a), a.issuperset({1}), a.isdisjoint({8}))
print(set(), set([1, 1, 2]), {x % 3 for x in range(10)})
