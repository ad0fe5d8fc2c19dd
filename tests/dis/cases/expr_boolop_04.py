def f(a, b, c):
    if a and (b or c):
        return 1
    while not (a or b) and c:
        a = g()
