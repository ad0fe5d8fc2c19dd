import asyncio


@asyncio.coroutine
def compute(x, y):
    print("Compute %s + %s ..." % (x, y))
    yield from asyncio.sleep(0.01)
    return x + y


@asyncio.coroutine
def print_sum(x, y):
    result = yield from compute(x, y)
    print("%s + %s = %s" % (x, y, result))


@asyncio.coroutine
def slow_operation(future):
    yield from asyncio.sleep(0.01)
    future.set_result('Future is done!')


loop = asyncio.get_event_loop()
loop.run_until_complete(print_sum(1, 2))
future = asyncio.Future()
asyncio.ensure_future(slow_operation(future))
loop.run_until_complete(future)
print(future.result())
tasks = [asyncio.ensure_future(compute(i, i)) for i in range(3)]
loop.run_until_complete(asyncio.wait(tasks))
for t in tasks:
    print(t.result())
loop.close()
