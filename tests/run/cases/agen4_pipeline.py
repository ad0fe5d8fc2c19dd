def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def source(items):
    for it in items:
        yield it


async def only_even(agen):
    async for x in agen:
        if x % 2 == 0:
            yield x


async def scale(agen, k):
    async for x in agen:
        yield x * k


async def take(agen, n):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == n:
            break
    return out


async def main():
    pipeline = scale(only_even(source(range(20))), 3)
    print(await take(pipeline, 4))
    print([x async for x in scale(source("ab"), 2)])


run(main())
