class C:
    def f(self):
        return __class__
    def g(self):
        return 1
