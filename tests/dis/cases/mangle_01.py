class C:
    __x = 1
    def __m(self):
        return self.__x
    def f(self):
        return self.__m(), C.__x
