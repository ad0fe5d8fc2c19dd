# show_code prints code_info; methods and code objects are accepted too.
import dis


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


dis.show_code(Point.norm)
print("---")
dis.show_code(Point(3, 4).norm)
print("---")
dis.show_code(Point.__init__.__code__)
print("---")
dis.show_code("import math\nprint(math.pi)")
