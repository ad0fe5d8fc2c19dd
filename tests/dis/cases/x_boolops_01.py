def f(a, b, c):
    x = a and b
    y = a or b
    z = a and b or c
    w = a or b and c
    v = (a or b) and c
    u = not a and not b
    t = not (a or b)
    s = a and b and c and a and b
    r = a or b or c or a or b
    q = (a and b) or (b and c) or (c and a)
    if a and b or c:
        pass
    if a or b and c:
        pass
    if not a or b:
        x = 1
    elif not (a and b and c):
        x = 2
    return x or y or z or w or v or u or t or s or r or q


def g(a, b):
    return a if a and b else b if b or a else None
