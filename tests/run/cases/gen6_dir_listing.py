# dir() of generators, coroutines and async generators, and where '__dict__' shows.
def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
for obj in (gen(), c, agen(), (x for x in [])):
    print(type(obj).__name__, dir(obj))
c.close()
print([n for n in dir(gen()) if not n.startswith('__')])


class Plain:
    pass


class Slotted:
    __slots__ = ('x',)


def func():
    pass


for obj in (Plain(), Slotted(), 5, 'a', [], func, None, object(), Plain, int, Slotted):
    name = obj.__name__ if isinstance(obj, type) else type(obj).__name__
    print(name, '__dict__' in dir(obj), '__reduce__' in dir(obj), '__sizeof__' in dir(obj))
print(type(gen().__sizeof__()).__name__)
