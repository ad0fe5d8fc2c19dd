print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 0, 1: 0}), sorted((2, 1), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(sorted([[1, "b"], [1, "a"], [0, "z"]]))
r = reversed([1, 2])
print(type(r).__name__, next(r))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
try:
    print(reversed(5))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
