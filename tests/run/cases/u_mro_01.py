class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()
    def who(self):
        return "A"

class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
    def who(self):
        return "B>" + super().who()

class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
    def who(self):
        return "D>" + super().who()

d = D()
print(d.who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
print(super(B, d).who(), super(C, d).who())

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class W(X, X): pass
except TypeError as e:
    print("TypeError:", e)
class E(A, B):
    pass
