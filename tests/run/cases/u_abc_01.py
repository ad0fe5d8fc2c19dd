from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

print(Rect(2, 3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Circle(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), Circle.__abstractmethods__)
print(isinstance(Rect(1, 1), Shape), issubclass(Rect, ABC))
