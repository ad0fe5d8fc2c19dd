def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class SyncEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        print("exit")


async def main():
    async with SyncEnter():
        print("body")


run(main())
