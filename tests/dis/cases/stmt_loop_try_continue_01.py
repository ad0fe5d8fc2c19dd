def f(xs):
    for x in xs:
        try:
            if x:
                continue
            print(x)
        finally:
            print("finally")
