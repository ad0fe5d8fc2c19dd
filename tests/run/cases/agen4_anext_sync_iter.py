def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Stop:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration("with a value")


async def main():
    try:
        anext(iter([1]))
    except TypeError as e:
        print(e)
    async for x in Stop():
        print(x)
    else:
        print("empty")
    print(await anext(Stop(), 42))
    try:
        await anext(Stop())
    except StopAsyncIteration as e:
        print("args", e.args)


run(main())
