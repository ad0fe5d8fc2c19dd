# Method calls on objects: a small class hierarchy with attribute access, overridden and
# inherited methods, super() calls, a property and a classmethod.


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def describe(self):
        return self.area() * 3 + self.perimeter()

    @classmethod
    def made(cls):
        return cls.count


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        self.w *= k
        self.h *= k
        return self


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @property
    def side(self):
        return self.w

    def describe(self):
        return super().describe() + self.side


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def perimeter(self):
        return 6 * self.r


class Counter:
    def __init__(self):
        self.n = 0
        self.total = 0

    def add(self, shape):
        self.n += 1
        self.total += shape.describe()
        return self


def main():
    shapes = []
    for i in range(600):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 11 + 1, i % 7 + 2))
        elif k == 1:
            shapes.append(Square(i % 13 + 1))
        else:
            shapes.append(Circle(i % 5 + 1))
    counter = Counter()
    for rnd in range(3000):
        for s in shapes:
            counter.add(s)
        if rnd % 500 == 0:
            for s in shapes:
                if s.name == "rect":
                    s.scale(1)
    print("made", Shape.made(), "shapes")
    print("calls", counter.n, "total", counter.total)
    print(shapes[1].side, shapes[0].area(), shapes[2].perimeter())


main()
