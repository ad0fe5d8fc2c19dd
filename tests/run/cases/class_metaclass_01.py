class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        return cls
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class Base(metaclass=Meta):
    def __init__(self, x):
        self.x = x
class Child(Base):
    y = 1
c = Child(5)
print(c.x, Child.created_by, type(Child).__name__, isinstance(Child, Meta))
