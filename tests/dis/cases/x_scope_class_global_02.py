counter = 0


class A:
    global counter
    counter += 1
    counter = counter * 2
    del counter
    import sys as counter

    def m(self):
        return counter


class B:
    x = 1
    f = lambda: x
    g = [x for _ in range(1)] if False else None
    def h(self, x=x):
        return x


def outer():
    v = 1
    class C:
        nonlocal v
        v = 2
        w = v
        def m(self):
            nonlocal v
            v += 1
            return v
    return C, v
