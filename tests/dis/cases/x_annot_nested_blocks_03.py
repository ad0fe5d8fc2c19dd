def f():
    x: int = 1
class C:
    def g(self): pass
lam = lambda: 1
