def f(x):
    try:
        if x:
            return "a"
    except Exception:
        return "b"
    finally:
        print("c")
    return "d"
