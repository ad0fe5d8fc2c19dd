def f():
    try:
        x = g()
    except ValueError as e:
        print(e)
    else:
        print(x)
    finally:
        print("done")
