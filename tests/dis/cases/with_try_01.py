def f(m):
    with m:
        try:
            g()
        except Exception:
            pass
