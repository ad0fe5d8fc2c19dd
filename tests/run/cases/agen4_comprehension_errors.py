def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    yield 1
    raise ValueError("mid-comprehension")


async def main():
    try:
        print([x async for x in gen()])
    except ValueError as e:
        print("caught", e)
    print([x async for x in gen() if x > 5])


run(main())
