def f(d):
    return {v: k for k, v in d.items() if v}
