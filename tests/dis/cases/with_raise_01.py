def f(m):
    with m:
        raise ValueError
