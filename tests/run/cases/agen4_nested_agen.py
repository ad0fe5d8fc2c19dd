def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def inner(n):
    for i in range(n):
        yield i


async def outer():
    async for i in inner(3):
        async for j in inner(i):
            yield (i, j)
    yield "end"


async def main():
    async for pair in outer():
        print(pair)
    g = outer()
    print(await g.__anext__())
    print(g.ag_await)
    await g.aclose()


run(main())
