def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


async def main():
    try:
        async for x in gen():
            print("body", x)
            raise ValueError(x)
    except ValueError as e:
        print("caught", e)
    async for x in gen():
        for y in range(2):
            async for z in gen():
                if z == 2:
                    break
                print(x, y, z)
    print("end")
    async for x in gen():
        1 / 0


run(main())
