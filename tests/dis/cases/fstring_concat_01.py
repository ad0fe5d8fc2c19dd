def f(x):
    return "a" f"{x}" "b" f"{x!r}" "c"
