def f(o):
    x = 1
    del x
    del o.attr, o[0], o[1:2]
