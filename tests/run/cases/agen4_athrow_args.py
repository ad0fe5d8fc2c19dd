def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)


async def main():
    g = gen()
    await g.asend(None)
    await g.athrow(ValueError)
    await g.athrow(ValueError, 5)
    await g.athrow(ValueError, (1, 2))
    await g.athrow(TypeError("x"))
    await g.athrow(KeyError, None, None)
    for args in ((1,), (ValueError("a"), 1), ("s",)):
        try:
            await g.athrow(*args)
        except TypeError as e:
            print("TypeError", e)
    h = gen()
    await h.asend(None)
    try:
        await h.athrow()
    except TypeError as e:
        print("TypeError", e)


run(main())
