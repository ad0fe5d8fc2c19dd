def f(a, b, c):
    if a:
        if b:
            if c:
                return 1
    return 0
