def f(xs):
    for x in xs:
        try:
            g(x)
        except ValueError:
            break
    else:
        return "all ok"
    return "broke"
