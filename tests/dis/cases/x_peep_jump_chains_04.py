def f(a, b, c):
    if a:
        if b:
            if c:
                x = 1
            else:
                x = 2
        else:
            x = 3
    else:
        x = 4
    return x


def g(a, b, c, d):
    if a and b or c and d:
        return 1
    if (a or b) and (c or d):
        return 2
    if not (a and b):
        return 3
    if not a or not b:
        return 4
    return a and b and c and d


def h(a, b):
    while a:
        if b:
            continue
        else:
            break
    while a and b:
        a -= 1
    while not a:
        a = 1
    return a if b else (b if a else None)


def k(x):
    return x if x is not None else (x or 0) if x == 0 else -x
