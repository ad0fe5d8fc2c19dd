def f(x):
    x
    1
    "s"
    None
    return x
