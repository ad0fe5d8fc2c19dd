from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), str(Perm.R|Perm.W), repr(Perm(0)), str(Perm(0)), repr(~Perm.R), bool(Perm(0)))
print(Perm.R in (Perm.R|Perm.W), list(Perm))
class IP(IntFlag):
    R = 4
    W = 2
print(repr(IP(9)), str(IP(9)), repr(~IP.R), IP.R | 1, repr(IP.R|8), IP.R + 1, format(IP.R), f"{IP.W}")
class C(IntEnum):
    A = 1
    B = 2
print(C.A + 1, C.A == 1, str(C.A), repr(C.A), format(C.A), f"{C.A}", f"{C.A!s}", C(2), C['A'], sorted([C.B, C.A]))
class Color(Enum):
    RED = auto()
    GREEN = auto()
    def describe(self): return self.name.lower()
print(Color.RED, repr(Color.RED), Color.GREEN.value, Color.RED.describe(), format(Color.RED), f"{Color.RED:>12}|", Color.__members__)
print(repr(Color), type(Color), len(Color), Color.RED in Color, hash(Color.RED) == hash('RED'))
try: Color(5)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try: Color.RED = 3
except AttributeError as e: print(e)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
        C = 2
        E = 2
except ValueError as e: print(e)
try:
    class E(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
S = Enum('S', 'X Y Z')
print(list(S), S.X.value)
S2 = Enum('S2', [('A', 10), ('B', 20)])
print(list(S2))
class Planet(Enum):
    EARTH = (1, 2)
    MARS = (3, 4)
    def __init__(self, a, b):
        self.a = a; self.b = b
print(Planet.EARTH.a, Planet.MARS.value, Planet((3,4)))
print(dir(Color.RED))
print(dir(Color))
class X(Enum):
    A = 1
    B = 1
print(X.B, X.B is X.A, list(X), X.__members__)
print(Color.RED.name, Color.RED._name_, Color.RED._value_, type(Color.RED))
print(isinstance(Color.RED, Color), Color.RED.__class__.__name__)
try:
    class Sub(Color): pass
except TypeError as e: print(e)
class SE(str, Enum):
    A = 'a'
print(SE.A == 'a', repr(SE.A), str(SE.A), f"{SE.A}", SE('a'))
print(Perm.R.value, Perm.R.name, (Perm.R|Perm.W).name)
print(repr(Perm(7)))
