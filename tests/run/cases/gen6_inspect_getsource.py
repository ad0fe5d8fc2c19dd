# inspect.getsource / getsourcelines / getfile of generator functions, coroutines and
# their code objects, as tutorials print them.
import inspect
import functools


def countdown(n):
    """Yield n, n-1, ... 1."""
    while n > 0:
        # the comment stays

        yield n
        n -= 1


print(inspect.getsource(countdown))


async def fetch(x):
    await fetch(x - 1)
    return x


print(inspect.getsource(fetch), end='')
lines, start = inspect.getsourcelines(fetch)
print(len(lines), start)


@functools.lru_cache
def cached(x):
    return x


print(inspect.getsource(cached.__wrapped__), end='')


def outer():
    def inner():
        yield 1
    return inner


print(inspect.getsource(outer()), end='')
print(inspect.getsource(outer()().gi_code), end='')
print(inspect.getsource(countdown(3).gi_frame), end='')
square = lambda x: x * x
print(inspect.getsource(square), end='')
print(inspect.getfile(countdown) == __file__, inspect.getsourcefile(fetch) == __file__)
for bad in (len, 5):
    try:
        inspect.getsource(bad)
    except TypeError as e:
        print(e)
