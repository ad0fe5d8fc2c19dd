def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Lock:
    async def __aenter__(self):
        print("acquire")

    async def __aexit__(self, typ, val, tb):
        print("release", typ.__name__ if typ else None)


async def guarded(items):
    async with Lock():
        for it in items:
            yield it


async def main():
    async for x in guarded([1, 2]):
        print(x)
    g = guarded([1, 2, 3])
    print(await g.__anext__())
    try:
        await g.athrow(ValueError("stop"))
    except ValueError as e:
        print("ValueError", e)
    g = guarded("ab")
    print(await g.__anext__())
    await g.aclose()


run(main())
