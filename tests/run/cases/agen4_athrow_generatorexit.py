def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")


async def main():
    g = gen()
    await g.__anext__()
    try:
        await g.athrow(GeneratorExit)
    except GeneratorExit:
        print("propagated")
    print(await g.aclose())
    h = gen()
    await h.__anext__()
    try:
        await h.athrow(StopAsyncIteration)
    except RuntimeError as e:
        print(e)


run(main())
