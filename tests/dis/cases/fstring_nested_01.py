def f(x, y):
    return f"{f'{x}'} {f'{y!r:>{x}}'}"
