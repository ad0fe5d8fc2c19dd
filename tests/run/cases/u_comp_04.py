# generator expressions, nested, and scope surprises
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(A.doubled)
try:
    class B:
        n = 3
        table = [n * k for k in range(3)]
except NameError as e:
    print("NameError:", e)
g = (x for x in [1, 2, 3])
print(next(g), list(g), list(g))
it = iter(range(5))
print(list(zip(it, it)))
print(sorted({(x % 3, x % 2) for x in range(10)}))
print([[j for j in range(i)] for i in range(4)])
total = 0
for row in [[1, 2], [3, 4]]:
    total += sum(v for v in row)
print(total)
print(list(x for x in range(3) if x), tuple(c for c in "ab"))
print({**{k: 0 for k in "ab"}, **{"b": 1}})
print([*range(3), *"xy"])
print([x for x in 5])
