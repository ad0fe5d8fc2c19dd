import inspect
import types


def plain():
    yield 1


@types.coroutine
def marked():
    yield 2


async def native():
    return 3


class Awaits:
    def __await__(self):
        yield 4


c = native()
print(inspect.isawaitable(plain()), inspect.isawaitable(marked()))
print(inspect.isawaitable(c), inspect.isawaitable(Awaits()), inspect.isawaitable(5))
print(inspect.isgeneratorfunction(plain), inspect.isgeneratorfunction(marked))
print(inspect.iscoroutinefunction(native), inspect.iscoroutine(c))
c.close()
