def f(x):
    try:
        g()
    except Exception:
        pass
