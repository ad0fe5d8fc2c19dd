def f(a, b):
    return f"{a}{b}", f"{a} and {b}", f"{a}"
