def f(a):
    try:
        with a:
            return a.value
    except AttributeError:
        return None
    finally:
        a.close()
