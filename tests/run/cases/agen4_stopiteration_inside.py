def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def bad():
    yield 1
    raise StopIteration("inner")


async def main():
    async for x in bad():
        print(x)


run(main())
