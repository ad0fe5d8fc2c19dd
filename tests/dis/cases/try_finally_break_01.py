def f(xs):
    while xs:
        try:
            xs.pop()
        finally:
            break
