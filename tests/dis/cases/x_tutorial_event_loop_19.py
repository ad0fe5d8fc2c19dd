import asyncio
import functools


def callback(n, *, loop):
    print('callback', n)
    if n == 3:
        loop.stop()


async def compute(x, y):
    print("Compute %s + %s ..." % (x, y))
    await asyncio.sleep(0.01)
    return x + y


async def print_sum(x, y):
    result = await compute(x, y)
    print("%s + %s = %s" % (x, y, result))


loop = asyncio.get_event_loop()
loop.run_until_complete(print_sum(1, 2))
for i in range(1, 4):
    loop.call_soon(functools.partial(callback, i, loop=loop))
loop.call_later(0.01, lambda: print("later"))
loop.run_forever()
loop.close()
