class C:
    @property
    def p(self):
        return "prop"
print(C().p, isinstance(C.p, property), C.p.fget.__name__)
prop = property(lambda self: 42, doc="answer")
class D:
    answer = prop
print(D().answer, D.answer.__doc__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class E:
    s = sm
    c = cm
print(E.s("abcd"), E.c(), E().c())
