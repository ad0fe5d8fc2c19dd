def f():
    try:
        pass
    except Exception:
        print("never")
    return 1
