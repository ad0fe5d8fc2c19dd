def f():
    global a, b
    a = 1
    b = a
    del a
