class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return self.Inner()
print(Outer().make().hello(), Outer.Inner.__qualname__, Outer.Inner.__name__)
def factory(base):
    class Local(base):
        def who(self):
            return "local of " + base.__name__
    return Local
L = factory(Outer)
print(L().who(), L.__qualname__, L.__bases__[0].__name__)
