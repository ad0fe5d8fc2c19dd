def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def arange(n):
    for i in range(n):
        yield i


async def square(x):
    return x * x


async def main():
    g = (i * 10 async for i in arange(4))
    print(type(g).__name__, g.__name__, g.__qualname__)
    async for v in g:
        print(v)
    h = (await square(i) for i in range(4))
    print(type(h).__name__)
    print([v async for v in h])
    nested = [x async for x in (y + 1 async for y in arange(3))]
    print(nested)


run(main())
