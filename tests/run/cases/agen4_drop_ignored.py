def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def main():
    g = stubborn()
    await g.__anext__()
    del g
    print("still running")


run(main())
print("done")
