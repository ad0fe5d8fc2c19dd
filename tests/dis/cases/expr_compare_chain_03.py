def f(x):
    if 0 <= x < 10:
        return "digit"
    return "other"
