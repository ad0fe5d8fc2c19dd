def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    try:
        yield 1
    except ValueError:
        yield 2


async def main():
    g = gen()
    await g.asend(None)
    t = g.athrow(ValueError)
    print(await t)
    await t


run(main())
