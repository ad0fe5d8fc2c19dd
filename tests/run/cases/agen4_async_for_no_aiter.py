def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    async for x in [1, 2, 3]:
        print(x)


run(main())
