class A:
    class B:
        class C:
            def m(self):
                def local():
                    class D:
                        def n(self):
                            return lambda: [x for x in ()]
                    return D
                return local
        async def am(self):
            async def inner():
                return (y async for y in self)
            return inner
    def f(self):
        class E(self.B):
            pass
        return E


def func():
    class F:
        def g(self):
            return func
    return F
