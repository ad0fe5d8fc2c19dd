f = frozenset([3, 1, 2])
g = frozenset({2, 3, 4})
print(f, f | g, f & g, f - g, type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, hash(f) == hash(frozenset((1, 2, 3))), frozenset())
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})})
try:
    f.add(4)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
