class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y-axis at {y}"
        case Point(x=x, y=0):
            return f"on x-axis at {x}"
        case Point(x, y) if x == y:
            return f"on diagonal at {x}"
        case Point():
            return "somewhere"
        case {"x": x, "y": y, **rest}:
            return f"dict point {x},{y} extra={rest}"
        case (x, y):
            return f"tuple {x},{y}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), {"x": 1, "y": 2, "z": 3}, (7, 8), [1, 2], "xy", 5]:
    print(where(p))

def evaluate(expr):
    match expr:
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("neg", a):
            return -evaluate(a)
        case int() | float() as n:
            return n
        case _:
            raise ValueError(f"bad expression: {expr!r}")

print(evaluate(("+", 1, ("*", 2, ("neg", 3.5)))))
evaluate(("/", 1, 2))
