a = [5, 1, 4]
print(a.copy(), a.copy() is a, list(a) == a)
b = a
a = a + [2]
print(a, b)
x = [1, [2, 3]]
y = x.copy()
y[1].append(4)
print(x, y)
print([].index if False else [3, 2, 1].index(1), list(reversed([1, 2, 3])))
print(list(range(3)) + list("ab"), list({1: "a", 2: "b"}), list((1, 2)))
