def f(x):
    if x:
        raise ValueError("bad")
    raise
