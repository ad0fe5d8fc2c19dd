class C:
    global g
    g = 1
    x = [i for i in range(3)]
    y = lambda self: self
