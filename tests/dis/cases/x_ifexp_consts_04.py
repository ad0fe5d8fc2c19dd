def f(a, b):
    x = 1 if a else 1
    y = a if a else a
    z = (1 if a else 2) if b else (3 if a else 4)
    w = None if a is None else a.x if a.x else None
    v = [] if not a else [a]
    u = a if a is not None and b is not None else b
    return x, y, z, w, v, u
