# Mixins with cooperative **kwargs
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected arguments: {sorted(kwargs)}")
        super().__init__()

class NameMixin(Base):
    def __init__(self, name="anon", **kwargs):
        self.name = name
        super().__init__(**kwargs)

class AgeMixin(Base):
    def __init__(self, age=0, **kwargs):
        self.age = age
        super().__init__(**kwargs)

class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(self.__dict__, sort_keys=True)

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"

class Person(ReprMixin, JsonMixin, NameMixin, AgeMixin):
    def __init__(self, email="", **kwargs):
        self.email = email
        super().__init__(**kwargs)

p = Person(name="Zoe", age=31, email="z@x.io")
print(p)
print(p.to_json())
print([c.__name__ for c in Person.__mro__])
print(Person(age=5))
try:
    Person(name="a", height=180)
except TypeError as e:
    print("TypeError:", e)

class LoggingDict(dict):
    def __setitem__(self, key, value):
        print(f"set {key}={value}")
        super().__setitem__(key, value)

class LoggingOrderedCounter(LoggingDict):
    def __missing__(self, key):
        return 0

ld = LoggingOrderedCounter()
ld["a"] = 1
ld["b"] = ld["b"] + 5
print(ld, isinstance(ld, dict))
Person(1)
