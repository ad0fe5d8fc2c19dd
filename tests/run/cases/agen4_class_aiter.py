def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        await Pause()
        if not self.lines:
            raise StopAsyncIteration
        return self.lines.pop(0)


async def main():
    async for line in Lines("x", "y"):
        print(line)
    print(await aiter(Lines()).__anext__() if False else "skip")
    it = aiter(Lines("z"))
    print(await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("done")


run(main())
