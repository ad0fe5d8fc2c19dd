def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Counter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    c = Counter(2)
    print(await anext(c, "end"))
    print(await anext(c, "end"))
    print(await anext(c, "end"))
    print(await anext(c, "end"))
    async for v in Counter(3):
        print("v", v)
    print([v async for v in Counter(4)])


run(main())
