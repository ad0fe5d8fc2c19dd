class Base:
    def hello(self):
        return "base"


class Outer(Base):
    def method(self):
        class Inner(Base):
            def hello(self):
                return super().hello() + "-inner"
        return Inner().hello() + super().hello()

    def with_lambda(self):
        return (lambda: super().hello())()

    def with_genexp(self):
        return list(super().hello() for _ in range(1))

    def with_def(self):
        def f():
            return __class__
        return f()

    @staticmethod
    def static():
        return __class__

    def uses_class_name(self):
        __class__ = 1
        return __class__


class Plain:
    __class__ = "shadow"
    def m(self):
        return __class__
