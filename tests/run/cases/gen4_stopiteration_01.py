# StopIteration behaviour at the edges: next() with default, exhausted generators,
# StopIteration subclasses.
def gen():
    yield 1

g = gen()
print(next(g, "default"), next(g, "default"), next(g, "default"))
print(list(g), list(g))

class MyStop(StopIteration):
    pass

def raises_sub():
    raise MyStop("sub")
    yield

try:
    next(raises_sub())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def catches():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"

print(list(catches()))
it = iter([1])
def uses_next():
    while True:
        yield next(it)
print(next(uses_next()))
list(uses_next())
