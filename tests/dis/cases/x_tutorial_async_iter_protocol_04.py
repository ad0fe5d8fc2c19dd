import asyncio


class AsyncCounter:
    def __init__(self, stop):
        self.current = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.stop:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current += 1
        return self.current - 1


class Timer:
    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.elapsed = asyncio.get_running_loop().time() - self.start
        return exc_type is KeyboardInterrupt


async def main():
    async with Timer() as t:
        async for n in AsyncCounter(3):
            print(n)
        it = aiter(AsyncCounter(2))
        print(await anext(it), await anext(it, "default"))
    print(f"took {t.elapsed:.3f}s")


asyncio.run(main())
