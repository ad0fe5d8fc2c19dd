import asyncio


async def wait_all(tasks):
    while not all(t.done() for t in tasks):
        await asyncio.sleep(0.01)
    while (pending := [t for t in tasks if not t.done()]):
        await asyncio.wait(pending)
    return [t.result() for t in tasks]


def drain(queue, pred=None):
    while queue and (pred or (lambda item: True))(queue[0]):
        queue.pop(0)
