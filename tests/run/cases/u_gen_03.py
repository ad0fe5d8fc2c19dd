class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        n = 1
        while n <= self.start:
            yield n
            n += 1

class Squares:
    """Iterator protocol by hand."""
    def __init__(self, limit):
        self.limit = limit
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i ** 2

c = Countdown(4)
print(list(c), list(reversed(c)), list(c))
s = Squares(4)
print(list(s), list(s))
print(sum(Squares(10)), max(Squares(5)), 16 in Squares(5), 17 in Squares(5))
for a, b in zip(Countdown(3), Squares(10)):
    print(a, b)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
print(dict(enumerate(Squares(3))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
iter(BadIter())
