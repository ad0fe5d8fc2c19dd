def f(x, w):
    return f"{x:>10}", f"{x:.2f}", f"{x:{w}}", f"{x!r:^{w}}"
