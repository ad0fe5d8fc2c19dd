# unpacking, walrus, chained comparisons, ternaries, enumerate/zip idioms
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
a, b = b, a
print(a, b)
head, *tail = "x"
print(head, tail)
data = [5, 3, 8, 1]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
chunks = []
it = iter(range(10))
while (chunk := [x for _, x in zip(range(3), it)]):
    chunks.append(chunk)
print(chunks)
x = 5
print(1 < x < 10, 1 < x > 4, x == 5 != 6, 0 <= x <= 4)
print("even" if x % 2 == 0 else "odd")
for i, (name, score) in enumerate(zip(["a", "b", "c"], [90, 80, 70]), 1):
    print(i, name, score)
keys, values = ["k1", "k2"], [1, 2]
print(dict(zip(keys, values)), list(zip(*[(1, "a"), (2, "b")])))
print(*[1, 2, 3], sep=" | ", end=" <end>\n")
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, z=2))
print(max(3, 7, 2), min([4, 2, 8]), sum(range(101)), abs(-7), round(3.14159, 2))
print(list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x", None, []])))
print(isinstance(3, (int, float)), type(3) is int, callable(print))
print(any([]), all([]), bool(""), bool("0"), bool([0]), None is None)
a, b = 1, 2, 3
