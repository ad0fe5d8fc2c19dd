class Base:
    def greet(self):
        return "base"


class Child(Base):
    def greet(self):
        return "child+" + super().greet()

    def uses_class(self):
        return __class__

    @classmethod
    def cm(cls):
        return super().greet

    def nested(self):
        def inner():
            return __class__
        return inner()

    def lam(self):
        return (lambda: super(Child, self).greet())()

    def comp(self):
        return [super().greet() for _ in range(1)]


class NoCell:
    def m(self):
        return self.__class__


class OnlyName:
    def super(self):
        return super


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        return cls


class WithKw(Base, metaclass=Meta, flag=True):
    def greet(self):
        return super().greet()
