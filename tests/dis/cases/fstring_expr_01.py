def f(d, xs):
    return f"{d['k']} {xs[0]:03d} {len(xs) + 1} {'yes' if xs else 'no'}"
