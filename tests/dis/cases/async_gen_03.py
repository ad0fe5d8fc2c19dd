async def agen(a):
    async with a:
        async for x in a:
            yield x
