# `yield from` an async generator is a TypeError (it is not iterable), as is iter() of it.
async def ag():
    yield 1


def g():
    yield from ag()


try:
    next(g())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(ag())
except TypeError as e:
    print("TypeError:", e)


def h():
    r = yield from (x for x in range(2))
    print("inner result", r)
    yield from [3]


print(list(h()))
