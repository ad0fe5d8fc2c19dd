def f(keys):
    return {k: len(k) for k in keys}
