def f(x):
    return f"{x!r}", f"{x!s}", f"{x!a}"
