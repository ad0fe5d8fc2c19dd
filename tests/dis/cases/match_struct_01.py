class Point:
    __match_args__ = ("x", "y")

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
        case {}:
            return "empty-ish mapping"
        case {**kw}:
            return kw
        case (x, y):
            return f"tuple {x},{y}"
        case [a, *_, b]:
            return a, b
        case [*_, z]:
            return z
        case [_, _, *_]:
            return 2
        case [*rest]:
            return rest
        case _:
            return "not a point"

def orders(v):
    match v:
        case (a, b) | [b, a] | {"k": (b, a)}:
            return a, b
        case [(x, y) | (y, x, _), *others] as whole:
            return x, y, others, whole
        case {1: a, "b": [c, *d], Point.x: _}:
            return a, c, d
        case Point(x=[1, 2] | (3, 4) as q):
            return q
