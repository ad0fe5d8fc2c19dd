import abc
class C(metaclass=abc.ABCMeta):
    pass
class D(object, metaclass=type, extra=1):
    pass
