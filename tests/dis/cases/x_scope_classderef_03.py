def make(base):
    value = 10
    other = 20

    class Inner(base):
        attr = value
        other = other + 1 if False else 5
        def get(self):
            return value, other
        items = [value for _ in range(2)]
        value2 = value
    return Inner


def make2():
    x = 1
    class A:
        x = x
        def m(self):
            return x
    class B:
        nonlocal x
        x = 2
    return A, B, x


def make3():
    y = 1
    class D:
        global y
        y = 2
    return D
