# Shapes with inheritance and properties
import math

class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError("subclasses must implement area()")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("Circle")
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius cannot be negative")
        self._radius = value

    def area(self):
        return math.pi * self.radius ** 2


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("Rectangle")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "Square"


shapes = [Circle(1), Rectangle(2, 3.5), Square(4), Circle(2.5)]
for s in shapes:
    print(s.describe())
print("total:", round(sum(s.area() for s in shapes), 3))
c = Circle(3)
try:
    c.radius = -1
except ValueError as e:
    print("error:", e)
print(c.radius)
print(isinstance(shapes[2], Rectangle), issubclass(Square, Shape))
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Square.__mro__)
