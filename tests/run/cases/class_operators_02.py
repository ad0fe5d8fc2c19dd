class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return NotImplemented
    def __radd__(self, o):
        print("__radd__", o)
        return Num(self.v + o)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __repr__(self):
        return f"Num({self.v})"
n = Num(1)
print(5 + n)
try:
    print(n + 5)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
