def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class NoExit:
    async def __aenter__(self):
        print("not called")


async def main():
    try:
        async with object():
            pass
    except AttributeError as e:
        print("AttributeError", e)
    async with NoExit():
        pass


run(main())
