# __enter__/__exit__, __iter__ + __next__, __contains__, __index__, __len__ and truthiness
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __index__(self):
        return self.n

c = Countdown(3)
print(len(c), bool(c), bool(Countdown(0)), [10, 20, 30, 40][c], list(range(c)), bin(c), hex(Countdown(255)))
print("abcdef"[Countdown(1):Countdown(4)])

class Weird:
    def __len__(self):
        return -1

try:
    len(Weird())
except ValueError as e:
    print("ValueError:", e)

class LenStr:
    def __len__(self):
        return "3"

try:
    len(LenStr())
except TypeError as e:
    print("TypeError:", e)

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

o = OnlyGetitem()
print(list(o), 9 in o, 5 in o, [x for x in o if x])

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"__eq__({self.v}, {getattr(other, 'v', other)})")
        return NotImplemented

print(Eq(1) == Eq(2))
print(Eq(1) != 5)
print(Eq(3) in [1, 2])

class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"O{self.v}"

print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(1), Ordered(5)))
print(Ordered(1) > Ordered(2))
print(Ordered(1) <= Ordered(2))
