from abc import ABC, abstractmethod
from functools import total_ordering
import math


class Shape(ABC):
    count = 0

    def __init__(self, name: str):
        self.name = name
        Shape.count += 1
        type(self)._registry = getattr(type(self), "_registry", []) + [self]

    @abstractmethod
    def area(self) -> float:
        raise NotImplementedError

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r}, area={self.area():.2f})"


@total_ordering
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def __eq__(self, other):
        if not isinstance(other, Circle):
            return NotImplemented
        return self.r == other.r

    def __lt__(self, other):
        return self.r < other.r


class Square(Shape):
    def __init__(self, side, **kw):
        super(Square, self).__init__(kw.pop("name", "square"))
        self.side = side

    def area(self):
        return self.side * self.side

    @property
    def diagonal(self):
        return self.side * 2 ** .5

    @diagonal.setter
    def diagonal(self, d):
        self.side = d / 2 ** .5


shapes = sorted([Circle(2), Circle(1)]) + [Square(3, name="sq")]
for s in shapes:
    print(s, s.area() > 3 and "big" or "small")
print(Shape.count, max(shapes, key=lambda s: s.area()))
