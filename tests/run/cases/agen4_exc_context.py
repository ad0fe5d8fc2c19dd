import sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    try:
        raise KeyError("outer")
    except KeyError:
        print("in except", repr(sys.exc_info()[1]))
        yield 1
        print("resumed", repr(sys.exc_info()[1]))
        raise ValueError("inner")


async def main():
    g = gen()
    print(await g.__anext__())
    print("caller sees", sys.exc_info()[1])
    try:
        await g.__anext__()
    except ValueError as e:
        print(repr(e), "context", repr(e.__context__))


run(main())
