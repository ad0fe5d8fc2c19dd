x = 0
y = 0


def f():
    global x
    x += 1
    def g():
        global y
        y = x
        def h():
            nonlocal_ = x + y
            return nonlocal_
        return h
    return g


def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                nonlocal a, b
                a += b + c
                return a
            return l3
        return l2
    return l1


class C:
    x = 1
    def m(self):
        global x
        return x
    def n(self):
        return x
    y = [x for _ in range(2)]
    z = (lambda: x)()
