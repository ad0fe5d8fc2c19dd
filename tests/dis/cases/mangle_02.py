class C:
    def f(self, __arg):
        __local = __arg
        return __local
