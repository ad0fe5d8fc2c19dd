class C:
    def f(self, __p=1, *, __q=2):
        def g():
            nonlocal __p
            return __p, __q
        return g
