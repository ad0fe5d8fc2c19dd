import asyncio


async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def agen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)


async def main():
    async for i in ticker(0.001, 5):
        print(i)
    squares = [i * i async for i in ticker(0, 4)]
    evens = {i async for i in ticker(0, 6) if i % 2 == 0}
    mapping = {i: str(i) async for i in ticker(0, 3)}
    gen = (i + 1 async for i in ticker(0, 3))
    print(squares, evens, mapping, [x async for x in gen])
    ag = agen_with_finally()
    print(await ag.__anext__())
    await ag.aclose()


asyncio.run(main())
