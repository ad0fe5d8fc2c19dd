class Outer:
    def f(self):
        class Inner:
            def g(self):
                return self.__x
        return Inner, self.__y
