def f(y):
    if 1 and y:
        return 1
    if 0 or y:
        return 2
    if y and 0:
        return 3
