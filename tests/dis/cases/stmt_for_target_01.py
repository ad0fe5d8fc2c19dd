def f(o, xs):
    for o.attr in xs:
        pass
    for o[0] in xs:
        pass
    for a, (b, *c) in xs:
        pass
