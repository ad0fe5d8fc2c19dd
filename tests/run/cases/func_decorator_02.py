def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
@repeat(2)
def twice():
    return 1
print(registry, twice())
def deco_cls(cls):
    cls.tagged = True
    return cls
@deco_cls
class Thing:
    pass
print(Thing.tagged)
