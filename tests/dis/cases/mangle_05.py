class C:
    __a: int = 1
    def f(self):
        global __g
        __g = 1
        self.__b__ = 2
        return __g
