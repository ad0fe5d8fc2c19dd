def f(a):
    return "yes" if a else "no"
