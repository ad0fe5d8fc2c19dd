def f(xs):
    for x in xs:
        continue
    else:
        return 1
