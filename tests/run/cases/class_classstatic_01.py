class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
    @staticmethod
    def helper(x, y):
        return x + y
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.how_many(), Sub.how_many(), Sub().how_many())
print(Counter.helper(2, 3), Counter().helper(1, 1))
print(type(Counter.__dict__["helper"]).__name__, type(Counter.__dict__["how_many"]).__name__)
