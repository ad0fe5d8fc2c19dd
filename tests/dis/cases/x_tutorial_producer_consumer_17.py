import asyncio
import random


async def producer(queue: asyncio.Queue, n: int) -> None:
    for x in range(n):
        await asyncio.sleep(random.random() / 100)
        item = str(x)
        await queue.put(item)
        print(f'produced {item}')
    await queue.put(None)


async def consumer(queue, *, name='c'):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        print(f'{name} consuming {item}...')
        await asyncio.sleep(random.random() / 100)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    prod = asyncio.create_task(producer(queue, 10))
    cons = [asyncio.create_task(consumer(queue, name=f'c{i}')) for i in range(1)]
    await asyncio.wait_for(prod, timeout=5)
    await queue.join()
    for c in cons:
        c.cancel()
    await asyncio.gather(*cons, return_exceptions=True)

asyncio.run(main())
