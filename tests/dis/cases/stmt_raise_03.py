def f():
    raise TypeError
