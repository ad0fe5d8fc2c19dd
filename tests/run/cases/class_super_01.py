class Base:
    def __init__(self, value):
        print("Base init", value)
        self.value = value
    @classmethod
    def create(cls, v):
        return cls(v)
class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        print("Child init", extra)
    @classmethod
    def create(cls, v):
        print("Child.create")
        return super().create(v) if False else cls(v, "auto")
c = Child.create(5)
print(c.value, c.extra)
print(super(Child, c).__init__ is not None, isinstance(super(Child, c), super))
