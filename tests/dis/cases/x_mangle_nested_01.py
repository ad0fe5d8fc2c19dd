class Outer:
    __a = 1
    __b__ = 2
    _c = 3

    class __Inner:
        __x = 10

        def m(self):
            return self.__x, Outer._Outer__a

        class Deep:
            __y = [__z for __z in range(2)]
            def n(self, __p, *, __k=1):
                return __p, __k, (lambda __q=__p: __q)()

    def comp(self):
        return [self.__a for __i in range(2) if __i], {__k: __v for __k, __v in {}.items()}

    def gen(self):
        yield from (self.__a + __j for __j in range(3))

    def imports(self):
        import __future__
        import os.path as __path
        from os import sep as __sep
        return __future__, __path, __sep

    def glob(self):
        global __g
        __g = 1
        return __g

    __lam = lambda self, __z=__a: __z + self.__a


class _:
    __u = 1


class __:
    __u = 1


class ___C:
    __u = 1


print(Outer._Outer__Inner()._Inner__x)
