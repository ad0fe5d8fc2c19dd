class Base:
    def __init__(self):
        self.log = ["Base"]
    def describe(self):
        return "base"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def describe(self):
        return "mid/" + super().describe()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
leaf = Leaf()
print(leaf.log, leaf.describe(), [c.__name__ for c in Leaf.__mro__])
print(isinstance(leaf, Base), issubclass(Leaf, Mid), type(leaf).__bases__[0].__name__)
