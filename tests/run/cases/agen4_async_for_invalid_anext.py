def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Bad:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def main():
    async for x in Bad():
        print(x)


run(main())
