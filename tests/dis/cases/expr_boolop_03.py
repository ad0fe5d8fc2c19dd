def f(a, b, c):
    if a and b and c:
        return 1
    if a or b or c:
        return 2
