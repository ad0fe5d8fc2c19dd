def f(a, b):
    return (
        f"{a}"
        f"{b}"
    )
