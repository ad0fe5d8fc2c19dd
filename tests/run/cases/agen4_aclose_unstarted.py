def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def never():
    print("body runs")
    try:
        yield 1
    finally:
        print("finally")


async def main():
    g = never()
    print(await g.aclose())
    print(g.ag_frame)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")


run(main())
