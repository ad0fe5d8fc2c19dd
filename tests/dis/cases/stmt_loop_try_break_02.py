def f():
    while True:
        try:
            break
        except Exception:
            pass
