a = b = c = 1
d = {1: 2, 3: 4}
l = [1, 2, 3, 4, 5]
del a
del b, c
del d[1], l[0]
del l[1:3]
del l[::2], (d)
del [d]
class O: pass
o = O()
o.x = 1
del o.x


def f(x, y):
    del x
    z = y
    del (z), [y]
    def g():
        nonlocal q
        del q
    q = 1
    return g


def h():
    global a
    a = 1
    del a
