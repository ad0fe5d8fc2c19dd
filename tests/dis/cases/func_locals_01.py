def f():
    return locals()
def g():
    x = 1
    return vars()
