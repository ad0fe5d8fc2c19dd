def f(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total
