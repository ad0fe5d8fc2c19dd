def f():
    try:
        return g()
    finally:
        return 2
