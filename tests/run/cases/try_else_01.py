for v in ["1", "x"]:
    try:
        n = int(v)
    except ValueError:
        print("failed", v)
    else:
        print("parsed", n)
        try:
            1 / (n - 1)
        except ZeroDivisionError:
            print("nested zero")
