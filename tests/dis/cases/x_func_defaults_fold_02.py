def a(x=1, y=2): pass
def b(x=-1, y=+2, z=~3): pass
def c(x=1 + 2, y="a" * 3, z=(1, 2)): pass
def d(x=[], y={}, z=set()): pass
def e(x=None, *, y=1, z=[]): pass
def f(x, /, y=1, *, z=2): pass
def g(*, a=1, b=2): pass
def h(x=(1, [2]), y=(1, (2,))): pass
def i(x=lambda: 0, y=(lambda: 1)()): pass
def j(*, __m=1, _n=2): pass
class K:
    def m(self, *, __m=1, __n__=2): pass
def k(x=1, *args, y, z=x_default if False else 0, **kw): pass
def l(x=frozenset(), y=...): pass
def m(x=-0.0, y=0.0, z=-0): pass
def n(x=True, y=1, z=1.0): pass
def o(x=(yield_ := 1), *, y=(yield_2 := 2)): pass
