def f():
    return 1


def g():
    return 2


class C:
    def m(self) return 3
