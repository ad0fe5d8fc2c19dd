def f():
    x = 1
    y = x + 1
    print(x, y)
exec(f.__code__)
eval(f.__code__)
g = lambda a=3: a * 2
try:
    exec(g.__code__)
except TypeError as e:
    print("TE", e)
class C:
    z = [i for i in range(3)]
    print(z)
print(type(f.__code__))
def v(*a, **k):
    print("v", a, k)
exec(v.__code__)
def two(a, b, *, c):
    pass
try:
    exec(two.__code__)
except TypeError as e:
    print("TE", e)
def kwo(*, c, d):
    pass
try:
    eval(kwo.__code__)
except TypeError as e:
    print("TE", e)
def three(a, b, c): pass
try:
    exec(three.__code__, {})
except TypeError as e:
    print("TE", e)
