def f(x):
    return f"{(lambda: x)()}"
