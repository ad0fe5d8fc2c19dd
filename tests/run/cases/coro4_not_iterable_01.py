# Coroutines are not iterators or iterables.
async def coro():
    return 1

c = coro()
for call in (lambda: next(c), lambda: iter(c), lambda: list(c), lambda: [x for x in c]):
    try:
        call()
    except TypeError as e:
        print(e)
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"))
c.close()
for x in coro():
    pass
