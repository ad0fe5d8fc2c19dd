# __getattr__, __setattr__, __delattr__, __call__, __init_subclass__, __class_getitem__
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private attribute {name!r}")
        self._fields[name] = value

    def __delattr__(self, name):
        del self._fields[name]

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self._fields.items()) + ")"


r = Record(name="x", size=3)
r.size = 4
r.color = "red"
print(r, r.name, getattr(r, "missing", "dflt"), hasattr(r, "size"))
del r.name
print(r)
try:
    r._secret = 1
except AttributeError as e:
    print(e)
try:
    r.name
except AttributeError as e:
    print(e)

class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)

class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print([(c.__name__, c.plugin_name) for c in Plugin.registry])

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

p = Polynomial(1, 0, 2)
print([p(x) for x in range(4)], callable(p), callable(r))

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])
print(r.nothing)
