import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2

def f(c, data):
    match c:
        case (Color.RED
              | Color.GREEN):
            x = 1
        case [
            a,
            b,
        ]:
            x = a + b
        case {
            "k": v,
        } if (v >
              2):
            x = v
        case _ if data:
            x = 0
    return x

def g(s):
    while s:
        match s.pop():
            case 0:
                break
            case 1:
                continue
            case [x, y] if x:
                for i in y:
                    match i:
                        case str(name):
                            return name
    match s:
        case _:
            pass
    match s:
        case q:
            return q
