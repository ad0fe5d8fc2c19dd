def f():
    global g
    g += 1
def h():
    n = 0
    def inner():
        nonlocal n
        n += 1
    return inner
