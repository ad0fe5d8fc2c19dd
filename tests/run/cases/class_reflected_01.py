class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Meters(self.v + (o.v if isinstance(o, Meters) else o))
    def __radd__(self, o):
        return self.__add__(o)
    def __rsub__(self, o):
        return Meters(o - self.v)
    def __rtruediv__(self, o):
        return Meters(o / self.v)
    def __rpow__(self, o):
        return Meters(o ** self.v)
    def __repr__(self):
        return f"{self.v}m"
print(1 + Meters(2), sum([Meters(1), Meters(2)]), 10 - Meters(3), 1 / Meters(4), 2 ** Meters(3))
print(Meters(1) + Meters(1))
try:
    print(Meters(5) - 1)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
