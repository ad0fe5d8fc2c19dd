def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


async def main():
    g = gen("a")
    print(await g.__anext__())
    del g
    print("after del")
    async for x in gen("b"):
        break
    print("after break")
    g = gen("c")
    g = None
    print("unstarted dropped")


run(main())
