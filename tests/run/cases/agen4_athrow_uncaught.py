def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def fragile():
    yield 1
    yield 2


async def main():
    g = fragile()
    print(await g.__anext__())
    await g.athrow(KeyError("boom"))


run(main())
