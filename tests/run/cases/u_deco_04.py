# property-like decorators written by hand and method decorators
def validate_positive(method):
    def wrapper(self, value):
        if value <= 0:
            raise ValueError(f"{method.__name__}: value must be positive, got {value}")
        return method(self, value)
    return wrapper

class Rect:
    def __init__(self, w, h):
        self._w = w
        self._h = h

    @property
    def area(self):
        return self._w * self._h

    @validate_positive
    def set_width(self, w):
        self._w = w

    @staticmethod
    @validate_positive
    def checked(self_unused, v):
        return v

r = Rect(2, 3)
print(r.area)
r.set_width(10)
print(r.area)
try:
    r.set_width(-1)
except ValueError as e:
    print(e)

def debug_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(name, fn):
                def wrapped(*a, **k):
                    print(f"-> {cls.__name__}.{name}")
                    return fn(*a, **k)
                return wrapped
            setattr(cls, name, make(name, val))
    return cls

@debug_methods
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a

c = Calc()
print(c.add(1, 2), c.neg(5))
print(Rect.checked(None, 5))
print(Rect.checked(None, 0))
