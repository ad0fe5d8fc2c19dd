def f(x):
    return (x + 1) * (x - 1) / (x or 1)
