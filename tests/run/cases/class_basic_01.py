class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims, Point.__doc__, Point.__name__)
p.z = 5
print(sorted(vars(p).items()), p.__dict__ == {"x": 3, "y": 4, "z": 5})
print(type(p) is Point, isinstance(p, object), Point.__module__, Point.__qualname__)
