# close() on an iterator delegate calls its close() method; errors from it propagate.
class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def close(self):
        print("Closable.close")

class BadClose(Closable):
    def close(self):
        raise ValueError("close failed")

def outer(it):
    try:
        yield from it
    finally:
        print("outer finally")

g = outer(Closable())
print(next(g))
g.close()
g = outer(BadClose())
print(next(g))
try:
    g.close()
except ValueError as e:
    print("error", e)
g = outer(iter([1, 2]))
print(next(g))
g.close()
print("done")
