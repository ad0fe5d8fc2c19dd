import sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def firstiter(agen):
    raise RuntimeError("no iteration allowed")


async def gen():
    yield 1


async def main():
    g = gen()
    try:
        g.__anext__()
    except RuntimeError as e:
        print("caught", e)
    print(await g.__anext__())
    sys.set_asyncgen_hooks(firstiter=firstiter)
    try:
        async for x in gen():
            print(x)
    finally:
        sys.set_asyncgen_hooks(None, None)


run(main())
