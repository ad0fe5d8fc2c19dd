def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class SyncExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return None


async def main():
    try:
        async with SyncExit():
            print("body")
    except TypeError as e:
        print(e)
    async with SyncExit():
        raise ValueError("inside")


run(main())
