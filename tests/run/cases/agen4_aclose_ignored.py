def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2


async def main():
    g = stubborn()
    await g.__anext__()
    await g.aclose()


run(main())
