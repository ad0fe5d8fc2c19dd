def f(a, b):
    return (1 if a else 2) if b else (3 if a else 4)
