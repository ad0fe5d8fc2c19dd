# In-place operators and __iadd__ vs __add__
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __add__(self, other):
        print("__add__")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other.items)
        return self
    def __repr__(self):
        return f"Bag({self.items})"

a = Bag([1])
b = a
a += Bag([2])
print(a, b, a is b)
c = a + Bag([3])
print(c, a)

class Immutable:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Immutable(self.v + other)
    def __repr__(self):
        return f"I({self.v})"

x = Immutable(1)
y = x
x += 5
print(x, y, x is y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "ab"
s *= 3
l = [0]
l *= 3
print(s, l)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n |= 1; n ^= 3; n >>= 1
print(n)
x -= 1
