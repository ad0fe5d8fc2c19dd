def f(xs):
    for x in xs:
        if x:
            return x
    while True:
        return None
