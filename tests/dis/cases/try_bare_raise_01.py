def f():
    try:
        g()
    except Exception:
        log()
        raise
