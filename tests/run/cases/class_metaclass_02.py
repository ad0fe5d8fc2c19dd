registry = {}
class Registering(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            registry[name.lower()] = cls
class Plugin(metaclass=Registering):
    pass
class Alpha(Plugin):
    pass
class Beta(Plugin):
    pass
print(sorted(registry))
print(registry["alpha"].__name__, type(Plugin) is Registering)
Dyn = type("Dyn", (Alpha,), {"v": 3, "get": lambda self: self.v})
print(Dyn().get(), Dyn.__mro__[1].__name__, sorted(registry))
