def f(xs):
    return max((len(x) for x in xs), default=0)
