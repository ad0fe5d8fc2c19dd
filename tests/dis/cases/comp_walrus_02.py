def f(xs):
    if any((hit := x) > 5 for x in xs):
        return hit
