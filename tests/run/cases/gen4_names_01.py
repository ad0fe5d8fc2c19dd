# __name__ / __qualname__ of generators: from the function, settable, strings only.
def outer():
    def gen():
        yield
    return gen()

class C:
    def method(self):
        yield

g = outer()
print(g.__name__, g.__qualname__)
m = C().method()
print(m.__name__, m.__qualname__)
ge = (x for x in "ab")
print(ge.__name__, ge.__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object Some.renamed at 0x"))
for attr, value in (("__name__", 3), ("__qualname__", None)):
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print(e)
try:
    del g.__name__
except TypeError as e:
    print(e)
print(g.__name__)
