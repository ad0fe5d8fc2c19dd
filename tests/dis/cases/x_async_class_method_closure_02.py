import asyncio
import contextlib


def factory(lock):
    class Service:
        def __init__(self, items):
            self.items = items

        async def process(self, queue):
            async def handle(item):
                async with lock:
                    try:
                        with contextlib.suppress(KeyError):
                            return await queue.put(item)
                    finally:
                        self.items.remove(item)
            async for item in self.stream():
                for attempt in range(3):
                    try:
                        await handle(item)
                    except asyncio.TimeoutError:
                        continue
                    else:
                        break
                else:
                    raise RuntimeError(item)

        async def stream(self):
            for item in list(self.items):
                yield item
                await asyncio.sleep(0)

    return Service
