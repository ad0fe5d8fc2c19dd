# Instances of built-in types without a docstring have __doc__ None (not object's).
def gen():
    yield


async def coro():
    pass


c = coro()
for obj in (gen(), c, (x for x in []), None, iter([]), iter(()), gen, coro):
    print(type(obj).__name__, obj.__doc__)
c.close()
print(object().__doc__ == object.__doc__, object.__doc__.splitlines()[0])


class Documented:
    """A class docstring."""


class Bare:
    pass


print(Documented().__doc__, Bare().__doc__, Bare.__doc__)
print(type(gen()).__doc__, type(None).__doc__)
