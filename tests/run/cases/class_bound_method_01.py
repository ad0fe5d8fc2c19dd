class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a = C(1)
m = a.get
print(m(), C.get(a), m.__self__ is a, m.__func__ is C.get, m == a.get)
a.n = 5
print(m())
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
print(type(m).__name__, type(C.get).__name__)
try:
    C.get()
except Exception as e:
    print(f"{type(e).__name__}: {e}")
