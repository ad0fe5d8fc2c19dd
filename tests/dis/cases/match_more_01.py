class K:
    match __name__:
        case "x" | "y" as name:
            kind = name
        case _:
            kind = None

async def f(v):
    match await v:
        case [a, [b, c], {"k": d, **e}, K(kind=g) as h]:
            return a, b, c, d, e, g, h
        case (1, x, y, z) | (2, z, y, x) | (3, y, z, x):
            return x, y, z
        case [(p, q) | [q, p, _]]:
            return p, q

def g(v):
    match v:
        case _:
            pass
    match v:
        case _ if v and not v.x or v.y:
            return 1
    match v:
        case 1 if v: pass
        case _ if v: pass
    match v.a, v.b:
        case (1, 2) | (2, 1):
            return "pair"
        case [_, _] if (x := v):
            return x

def h(v):
    while True:
        match v:
            case 0: return 0
            case 1: return 1
            case 2: return 2
            case 3: return 3
            case 4: return 4
            case 5: return 5
            case 6: return 6
            case 7: return 7
            case 8: return 8
            case 9: return 9
            case [a, b, c, d, e, f, g, h] if a:
                print(a, b, c, d, e, f, g, h)
                break
            case {"a": {"b": {"c": [1, 2, *rest]}}}:
                v = rest
            case K(a=K(b=K(c=None | True as q))):
                v = q
            case {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11}:
                continue

def nested_try(v):
    try:
        match v:
            case {"x": x}:
                raise ValueError(x)
    except ValueError as e:
        match e.args:
            case (str() as s,):
                return s
    finally:
        match v:
            case None:
                print("none")

def closure(v):
    match v:
        case [x, *y]:
            return lambda: (x, y)

match 1:
    case _:
        pass
