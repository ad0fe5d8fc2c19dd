# Set algorithms
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([10]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({5, 9}))
print({1, 2} <= a, {1, 2} < {1, 2}, a.isdisjoint({8, 9}), a >= {1})
s = set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    s.add(x)
print(sorted(s), len(s))
s.discard(100)
s.remove(9)
print(sorted(s))
fs = frozenset([1, 2, 3])
print(fs, {fs: "frozen"}[frozenset({3, 2, 1})])
print(sorted({frozenset({1}), frozenset({1})} | {frozenset()}, key=len))
emails = ["a@x.com", "b@y.com", "A@x.com", "c@x.com", "b@y.com"]
domains = {e.split("@")[1] for e in emails}
print(sorted(domains), len({e.lower() for e in emails}))
def has_dupes(seq):
    return len(seq) != len(set(seq))
print(has_dupes([1, 2, 3]), has_dupes("hello"))
visited = set()
print([x for x in [1, 2, 1, 3, 2, 4] if not (x in visited or visited.add(x))])
x = {1, 2}
x |= {3}
x &= {2, 3, 4}
x -= {2}
print(x, set("aab") == {"a", "b"}, set() == frozenset())
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print({[1, 2]})
