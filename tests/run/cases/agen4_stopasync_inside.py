def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def bad():
    yield 1
    raise StopAsyncIteration


async def main():
    g = bad()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(e, "| cause:", repr(e.__cause__))
    async for x in bad():
        print(x)


run(main())
