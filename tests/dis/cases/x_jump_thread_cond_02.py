def f(a, b, c, d):
    if (a and b) or (c and d):
        return 1
    if (a or b) and (c or d):
        return 2
    if not ((a or b) and c):
        return 3
    if a if b else c:
        return 4
    if (a if b else c) and d:
        return 5
    if not (a if b else c):
        return 6
    if a and (b if c else d):
        return 7
    if (x := a) and (y := b):
        return x, y
    if a < b and (c > d or a):
        return 8
    while (a or b) and not c:
        c = 1
    return [v for v in (a, b) if v and (c or d)]
