def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)


async def main():
    g = resource("a")
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("stop", repr(e))
    g2 = resource("b")
    async for v in g2:
        print(v)
    print(g2.ag_frame)


run(main())
