# Generator expressions: the first iterable is evaluated at once, the rest lazily.
def src(name, items):
    print("evaluating", name)
    return items

g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print("created")
print(list(g))

try:
    g2 = (x for x in 5)
except TypeError as e:
    print("eager error:", e)

g3 = (1 / x for x in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("lazy error:", e)

class A:
    n = 3
    vals = [n * i for i in range(2)]
    gen = list(i for i in range(n))
print(A.vals, A.gen)

x = 10
g4 = (x for _ in range(2))
x = 20
print(list(g4))
print(list((lambda: (y for y in range(3)))()))
print(sum(x * x for x in range(5)), max((c for c in "hello"), key=ord))
