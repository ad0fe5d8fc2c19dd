def f(x, w, p):
    return f"{x:{w}.{p}f}"
