def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    yield "a"
    yield "b"


async def main():
    g = gen()
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, "default"))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
        try:
            anext(bad)
        except TypeError as e:
            print(e)
    try:
        anext()
    except TypeError as e:
        print(e)
    try:
        anext(g, 1, 2)
    except TypeError as e:
        print(e)
    aw = anext(gen(), None)
    print(type(aw).__name__, aw.__await__() is aw)


run(main())
