# Fast paths and caches of the eval loop must keep Python's semantics.

# LOAD_GLOBAL cache: rebinding, deleting (falls back to builtins), shadowing a builtin.
def use_len():
    return len([1, 2, 3])

print(use_len())
len = lambda x: "shadowed"
print(use_len())
del len
print(use_len())

counter = 1
def read_counter():
    return counter

for i in range(3):
    counter = i * 10
    print(read_counter())
del counter
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
globals()["counter"] = "back"
print(read_counter())

# Method cache: class attributes replaced, added to a base, deleted.
class Base:
    def who(self):
        return "base"

class Child(Base):
    pass

c = Child()
print(c.who())
Base.who = lambda self: "patched base"
print(c.who())
Child.who = lambda self: "child"
print(c.who())
del Child.who
print(c.who())
c.who = lambda: "instance"
print(c.who())
del c.who
print(c.who())

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    x = 1

print(WithMeta.x)
WithMeta.x = 2
print(WithMeta.x, WithMeta().x)

# Arithmetic fast paths: overflow to big ints, float edge cases, division by zero.
big = 2 ** 62
print(big + big, big * 4, -big - big - big, (-2 ** 63) // -1)
print(7 // -2, -7 % 3, 7.5 // 2, -7.5 % 2, 1 / 3, 3 * 0.1, 2 - 0.5, 10 / 4)
x = 1e308
x *= 10
print(x, x - x, 0.1 + 0.2)
for a, b in [(1, 0), (1.0, 0.0), (1, 0.0), (0.0, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
nan = float("nan")
print(nan < 1.0, nan == nan, nan != nan, 1.0 <= 1.0, -0.0 == 0.0)
print(True + True, True * 2.5, 3 - True)

# Subscripts: negative and out-of-range indexes, subclasses overriding __getitem__.
items = [10, 20, 30]
t = (1, 2, 3)
print(items[-1], items[0], t[-3], t[2])
items[-1] = 99
print(items)
for bad in (3, -4):
    try:
        items[bad]
    except IndexError as e:
        print("IndexError:", e)
    try:
        items[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
    try:
        t[bad]
    except IndexError as e:
        print("IndexError:", e)

class Shifted(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i - 1)

    def __setitem__(self, i, v):
        list.__setitem__(self, i - 1, v * 2)

s = Shifted([1, 2, 3])
print(s[1], s[3])
s[1] = 5
print(s)

# Calls: defaults, keywords, closures, recursion through the frame pool.
def f(a, b=2, *, c=3):
    return a + b + c

def make_adder(n):
    def add(x):
        return x + n
    return add

print(f(1), f(1, 1), f(1, c=0), make_adder(5)(10))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    make_adder(1)(1, 2)
except TypeError as e:
    print("TypeError:", e)
