class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
    @property
    def size(self):
        return (self.w, self.h)
    @size.setter
    def size(self, value):
        self.w, self.h = value
r = Rect(3, 4)
print(r.area, r.perimeter, r.size)
r.size = (5, 6)
print(r.area, r.perimeter, vars(r))
