def f():
    try:
        try:
            g()
        except ValueError:
            h()
        finally:
            i()
    except Exception:
        j()
