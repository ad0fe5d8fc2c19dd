def f(e):
    raise RuntimeError("x") from e
def g():
    raise KeyError from None
