def f(xs):
    any(last := x for x in xs if x)
    return last
