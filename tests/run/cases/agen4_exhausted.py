def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    yield 1


async def main():
    g = gen()
    async for x in g:
        print(x)
    for make in (g.__anext__, lambda: g.asend(None)):
        try:
            await make()
        except StopAsyncIteration:
            print("StopAsyncIteration")
    print(await g.athrow(ValueError))
    print(await g.aclose())
    print(g.ag_frame, g.ag_running, g.ag_await)


run(main())
