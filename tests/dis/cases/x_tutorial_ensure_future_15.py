import asyncio


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


def done_callback(fut):
    print("done:", fut.result())


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = []
for name, n in (("A", 2), ("B", 3), ("C", 4)):
    fut = asyncio.ensure_future(factorial(name, n), loop=loop)
    fut.add_done_callback(done_callback)
    tasks.append(fut)
loop.run_until_complete(asyncio.wait(tasks))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
