# Sorting stability, mixed types, and key errors
data = [{"n": "x", "v": 3}, {"n": "y"}, {"n": "z", "v": 1}]
print(sorted(data, key=lambda d: d.get("v", 0)))
print(sorted(data, key=lambda d: d.get("v", float("inf"))))
print(sorted([True, False, 0, 1, 0.5]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted([[3], [1, 2], [1]]))
print(list(reversed(sorted(range(5)))))
a = [3, 1, 2]
print(a.sort(), a)
b = sorted(a, reverse=True)
print(b is a, b)
try:
    sorted([1, "2", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted(data, key=lambda d: d["v"]))
