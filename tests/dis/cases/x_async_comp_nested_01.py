async def f(src, srcs):
    b = [await x for x in src]
    c = {k: await v for k, v in src}
    d = (await x for x in src)
    e = [y for y in [await z for z in src]]
    g = [x async for x in src if await x]
    h = [(x, y) async for x in src for y in x]
    i = [(x, y) for x in src async for y in x]
    j = {x async for x in src}
    return b, c, d, e, g, h, i, j


def sync_outer(src):
    return (x async for x in src)


async def agen(src):
    async for x in src:
        yield [y async for y in x]
        yield await x
    yield (await z for z in src)
