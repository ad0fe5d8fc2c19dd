def f():
    try:
        x = g()
    except ValueError:
        x = None
    else:
        print("ok")
    return x
