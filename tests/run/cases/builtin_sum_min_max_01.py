print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum([[1], [2]], []), sum(range(101)))
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("a", "b", key=str.upper))
print(min([], default="empty"), max([(1, "b"), (1, "a")]), min([4, -5, 2], key=abs))
print(max(1, 2, key=lambda v: -v), sum([0.1] * 10))
try:
    print(min([]))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
