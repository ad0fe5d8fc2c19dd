def f(items):
    return f"{', '.join(f'{k}={v}' for k, v in items)}"
