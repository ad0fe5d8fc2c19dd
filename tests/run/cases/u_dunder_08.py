# __new__, singletons, immutable subclass of tuple/str/int
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"{float(self):.1f}°C"

t = Celsius(21.5)
print(t, repr(t), t + 1, type(t + 1).__name__, isinstance(t, float))

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

u = Upper("hello")
print(u, len(u), u.lower(), type(u).__name__, u == "HELLO")

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]

p = Pair(1, 2)
print(p, p.first, p + (3,), len(p))

class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)

print(Even(4) + 1, Even(10) // 3)
Celsius(-300)
