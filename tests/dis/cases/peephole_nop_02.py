def f():
    pass
    pass
def g():
    ...
