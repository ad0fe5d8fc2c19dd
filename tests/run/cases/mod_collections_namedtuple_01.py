from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), len(p))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
print(Emp("ann", "eng"), Emp._field_defaults)
class Vec(namedtuple("Vec", "a b")):
    def total(self):
        return self.a + self.b
print(Vec(2, 3).total(), Vec(2, 3))
p.x = 5
