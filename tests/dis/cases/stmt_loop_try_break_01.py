def f(xs):
    for x in xs:
        try:
            if x:
                break
        finally:
            print("cleanup")
