import asyncio


async def main(items):
    fs = [asyncio.ensure_future(asyncio.sleep(0, i)) for i in items]
    done = await asyncio.gather(*fs)
    total = sum([x async for x in aiter_(done)])
    mapped = await asyncio.gather(*map(lambda v: asyncio.sleep(0, v * 2), done))
    agen = (v async for v in aiter_(mapped))
    return total, [v async for v in agen]


async def aiter_(xs):
    for x in xs:
        yield x
