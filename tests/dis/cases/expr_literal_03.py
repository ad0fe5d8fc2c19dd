def f(a, b):
    return [*a, *b], (*a, 1), {*a, *b}, {**a, "k": 1, **b}
