def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Bad:
    def __aiter__(self):
        return [1]


async def main():
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
    async for x in Bad():
        print(x)


run(main())
