# dis.dis of a class: each method, classmethod, staticmethod and nested class, sorted by
# name, each under "Disassembly of NAME:"; plain attributes and properties are skipped.
import dis


class Shape:
    sides = 0
    label = "shape"

    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size ** 2

    @property
    def double(self):
        return self.size * 2

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def describe():
        return "a shape"

    class Meta:
        def tag(self):
            return "meta"

    def __repr__(self):
        return f"Shape({self.size})"


dis.dis(Shape)
print(Shape.unit(), Shape(3).area())
