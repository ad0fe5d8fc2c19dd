class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def distance(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


p = Point(3, 4)
q = Point(0, 0)
print(p, q, p.distance(q))
print(p == Point(3, 4), p == (3, 4), p != q)
print(len({p, Point(3, 4), q}))
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Point.__slots__)
print(hasattr(p, "__dict__"))
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
