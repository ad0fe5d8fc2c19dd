def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen(limit):
    n = 0
    while True:
        if n >= limit:
            return
        yield n
        n += 1


async def main():
    print([x async for x in gen(3)])
    g = gen(0)
    try:
        await g.asend(None)
    except StopAsyncIteration as e:
        print("stop", e.args)
    print(g.ag_frame)


run(main())
