# super() in class methods, properties, and explicit base calls
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @classmethod
    def create(cls, *args):
        print("Shape.create for", cls.__name__)
        return cls(*args)

    @property
    def label(self):
        return self.name.upper()

    def area(self):
        return 0

class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        print("Square.create done")
        return obj

    @property
    def label(self):
        return super().label + f"({self.side})"

    def area(self):
        return self.side ** 2 + super().area()

class Cube(Square):
    def area(self):
        return 6 * super().area()

c = Cube.create(2)
print(c.label, c.area(), Shape.count, type(c).__name__)
print(Square.create(3).area())
def outside():
    return super().area()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class Broken(Square):
    def area(self):
        return super(Cube, self).area()
Broken(1).area()
