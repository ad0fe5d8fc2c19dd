# types.coroutine hands a plain generator function back itself, now awaitable.
import types, inspect

def ticks(n):
    for i in range(n):
        got = yield ('tick', i)
        print('tick', i, 'resumed with', got)
    return 'ticked %d' % n

deco = types.coroutine(ticks)
print(deco is ticks)
print(hex(ticks.__code__.co_flags & 0x1a0))
print(inspect.isgeneratorfunction(ticks), inspect.iscoroutinefunction(ticks))
print(inspect.isawaitable(ticks(1)))


@types.coroutine
def sleep0():
    yield


@types.coroutine
def delegate():
    # A marked generator may 'yield from' a coroutine.
    return (yield from job('inner'))


async def job(name):
    await sleep0()
    r = await ticks(2)
    return name + ': ' + r


def drive(c):
    sent = None
    while True:
        try:
            v = c.send(sent)
        except StopIteration as e:
            return e.value
        print('yielded', v)
        sent = 'go'


print(drive(job('outer')))
print(drive(delegate()))
print(types.coroutine(sleep0) is sleep0)


async def native():
    return 1

print(types.coroutine(native) is native)


def plain():
    return iter([1])

wrapped = types.coroutine(plain)
print(wrapped is plain, wrapped.__name__)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)


def not_marked():
    yield from job('x')

try:
    drive(not_marked())
except TypeError as e:
    print(e)
