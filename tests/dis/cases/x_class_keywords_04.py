class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return {}


bases = (object,)
opts = {"flag": True}


class A(metaclass=Meta): pass
class B(*bases, metaclass=Meta): pass
class C(object, metaclass=Meta, **opts): pass
class D(*bases, **opts, metaclass=Meta): pass
class E(A, *(), metaclass=Meta, extra=1): pass
class F(A, B if False else A, metaclass=Meta): pass
class G(**{"metaclass": Meta}): pass


def make(base, meta):
    class H(base, metaclass=meta):
        x = base
        def m(self):
            return __class__, base
    return H
