def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    yield 1
    yield 2


async def main():
    g = gen()
    step = g.__anext__()
    print(await step)
    await step


run(main())
