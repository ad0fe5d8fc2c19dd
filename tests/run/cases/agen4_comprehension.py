def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def arange(n):
    for i in range(n):
        yield i


async def double(x):
    return x * 2


async def main():
    print([i async for i in arange(5)])
    print([i async for i in arange(10) if i % 3 == 0])
    print({i % 3 async for i in arange(10)})
    print({i: i * i async for i in arange(4)})
    print([await double(i) for i in range(3)])
    print([await double(i) async for i in arange(3)])
    print([(i, j) async for i in arange(3) for j in range(i)])
    print([(i, j) for i in range(2) async for j in arange(2)])


run(main())
