def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Raising:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        print("aexit got", exc[0])
        raise KeyError("from aexit")


class Truthy:
    async def __aenter__(self):
        return "entered"

    async def __aexit__(self, *exc):
        return [1]


async def main():
    async with Truthy() as t:
        print(t)
        raise ValueError("swallowed")
    print("after truthy")
    try:
        async with Raising():
            raise ValueError("body")
    except KeyError as e:
        print("KeyError", e, "context", repr(e.__context__))
    async with Raising():
        pass


run(main())
