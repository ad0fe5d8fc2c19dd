def f(a):
    return [x for x in a.items], [y for y in range(len(a))]
