class V:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return V(abs(self.x))
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(self.x + 0)
    def __invert__(self):
        return V(~self.x)
    def __repr__(self):
        return f"V({self.x})"

v = V(-4)
print(abs(v), -v, +v, ~v)
print(-(-v))
