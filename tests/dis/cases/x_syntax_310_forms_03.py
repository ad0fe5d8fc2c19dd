def pos_only(a, b, /): return a + b
def pos_only_default(a, b=1, /, c=2): return a, b, c
def all_kinds(a, /, b, *, c): return a, b, c
def pos_star(a, /, *args, **kw): return a, args, kw
def pos_kwonly_defaults(a=1, /, *, b): return a, b
lam = lambda a, /, b: a
lam2 = lambda a=1, /, *, k=2: a + k
class C:
    def m(self, /): return self
    def n(self, x, /, y=None, *, z=None, **rest): return x
print(pos_only(1, 2), pos_only_default(1), all_kinds(1, 2, c=3), pos_star(1, 2, k=3))
