def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", repr(e))
            n += 100
        n += 1


async def main():
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(ValueError))
    print(await g.athrow(ValueError, "with value"))
    print(await g.athrow(ValueError("instance")))
    print(await g.__anext__())
    await g.aclose()


run(main())
