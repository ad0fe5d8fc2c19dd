def f():
    try:
        raise ValueError("body")
    except ValueError:
        try:
            raise TypeError("handler")
        finally:
            print("inner finally")
f()
