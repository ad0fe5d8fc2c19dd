def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    yield 1
    await me.aclose()
    yield 2


async def main():
    global me
    me = gen()
    print(await me.__anext__())
    await me.__anext__()


run(main())
