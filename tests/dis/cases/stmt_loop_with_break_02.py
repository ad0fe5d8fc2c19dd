def f(xs, a, b):
    while xs:
        with a, b:
            try:
                if xs.pop():
                    continue
                break
            finally:
                print(1)
