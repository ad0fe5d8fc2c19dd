def f(xs):
    for x in xs:
        try:
            return x
        finally:
            print("done")
