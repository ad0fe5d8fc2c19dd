# Finalizers run in CPython's order: locals first to last, list and tuple items last to
# first, and a generator's finally interleaved with __del__ methods as the objects die.
def gen(name):
    try:
        yield 1
    finally:
        print("finally of", name)
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    g = gen("a"); next(g)
    n = Noisy("b")
    g2 = gen("c"); next(g2)
f()
print("--")
x = [Noisy(1), gen(2), Noisy(3)]
next(x[1])
del x
print("end")
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
x = [N(1), N(2), N(3)]
del x
t = (N(4), N(5))
del t
d = {1: N(6), 2: N(7)}
del d
s = {N(8)}
del s
def f():
    a = N(9); b = N(10)
f()
class C: pass
c = C(); c.a = N(11); c.b = N(12)
del c
x = [N(13), [N(14), N(15)], N(16)]
x = None
print("end")
y = [N(17), N(18)]
