import sys
class A:
    def __init__(self, x):
        self.x = x
print(A(3).x)
class B:
    def __init__(self):
        return 1
try:
    B()
except TypeError as e:
    print("TE", e, e.__context__)
try:
    raise KeyError(1)
except KeyError:
    try:
        B()
    except TypeError as e:
        print("ctx", repr(e.__context__))
class C:
    def __init__(self, a):
        raise ValueError(a)
try:
    C(5)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
class D:
    def __init__(self, n):
        self.f = sys._getframe(1).f_code.co_name
        self.n = n
def mk():
    return D(1)
print(mk().f)
def rec(n):
    return R(n)
class R:
    def __init__(self, n):
        if n:
            self.c = rec(n - 1)
depth = 0
try:
    rec(10000)
except RecursionError as e:
    print("RecursionError", e)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
base = count(0)
class S:
    def __init__(self):
        global got
        got = count(0)
S()
print("levels", base - got)
def viafunc():
    return count(0)
print(base - viafunc())
class E:
    def __init__(self, a, b=2):
        self.s = a + b
print(E(1).s, E(1, 5).s)
class F:
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return f"F({self.a})"
print([F(i) for i in range(3)])
B2 = B
def g():
    return B2()
try:
    g()
except TypeError as e:
    import traceback
    traceback.print_exc()

# Classes the general call handles, beside the ones whose __init__ runs inline.
class WithNew:
    def __new__(cls, a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, a):
        print("init", a)
WithNew(7)
class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)
class M(metaclass=Meta):
    def __init__(self, a):
        print("M init", a)
M(8)
class L(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
print(L(3), L(3).n)
class Base:
    def __init__(self, a):
        self.a = a
class Derived(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
d = Derived(1, 2)
print(d.a, d.b)
class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print(e)
class Kw:
    def __init__(self, a, b):
        self.ab = (a, b)
print(Kw(1, b=2).ab, Kw(b=1, a=2).ab)
try:
    Kw(1)
except TypeError as e:
    print(e)
try:
    Kw(1, 2, 3)
except TypeError as e:
    print(e)
class Slots:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
print(Slots(4).x)
class Lazy:
    pass
def late_init(self, v):
    self.v = v
Lazy.__init__ = late_init
print(Lazy(9).v)
del Lazy.__init__
try:
    Lazy(9)
except TypeError as e:
    print(e)
class Dies:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
Dies("a")
x = Dies("b")
print("end")
