# Structural pattern matching in a listing.
import dis


def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case {"x": x, "y": y}:
            return f"map {x},{y}"
        case str() as s if s:
            return s
        case _:
            return "other"


dis.dis(describe)
print(describe((0, 0)), describe((3, 0)), describe({"x": 1, "y": 2}), describe(""))
