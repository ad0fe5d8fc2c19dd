a, b, c = [1, 2, 3]
print(a, b, c)
a, *rest = "hello"
print(a, rest)
*init, last = range(5)
print(init, last)
first, *mid, end = (1, 2)
print(first, mid, end)
(x, y), z = (1, 2), 3
print(x, y, z)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
