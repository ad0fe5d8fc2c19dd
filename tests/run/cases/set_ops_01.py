a = {1, 2, 3, 4}
b = {3, 4, 5}
c = a.copy()
c |= b
print(c, a & b == b & a, (a - b) | (b - a) == a ^ b)
print(sorted(a | b), sorted(a.union(b, {9})), a.intersection(b, {4}), a.issubset(c))
evens = {x for x in range(10) if x % 2 == 0}
print(evens, 4 in evens, len(evens), sorted(evens, reverse=True))
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} > {1, 2}, set("aab") == {"a", "b"})
