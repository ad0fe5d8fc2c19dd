class Counter:
    """A counter that tracks instances."""
    instances = []

    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        Counter.instances.append(self)

    def increment(self):
        self.value += self.step
        return self.value

    def reset(self):
        self.value = 0

    @staticmethod
    def describe():
        return "Counter class"

    @classmethod
    def total(cls):
        return sum(c.value for c in cls.instances)


a = Counter()
b = Counter(10, 5)
for _ in range(3):
    a.increment()
    b.increment()
print(a.value, b.value, Counter.total())
a.reset()
print(Counter.total(), Counter.describe(), a.describe())
print(Counter.__doc__)
print(Counter.increment)
print(type(a.increment).__name__, a.increment.__self__ is a)
f = Counter.increment
print(f(b))
print(Counter.__name__, Counter.__module__)
Counter.increment()
