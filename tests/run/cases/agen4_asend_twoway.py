def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            print("got", value)
            received.append(value)
    finally:
        print("finally", received)


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.__anext__())
    await g.aclose()
    print("closed")


run(main())
