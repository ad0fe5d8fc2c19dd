def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class NoEnter:
    async def __aexit__(self, *a):
        pass


async def main():
    async with NoEnter():
        pass


run(main())
