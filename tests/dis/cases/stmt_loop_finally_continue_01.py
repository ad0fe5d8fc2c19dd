def f(xs):
    for x in xs:
        try:
            g(x)
        finally:
            if x:
                continue
    return 0
