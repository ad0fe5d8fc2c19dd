def f(data):
    if (n := len(data)) > 10:
        return n
    return 0
