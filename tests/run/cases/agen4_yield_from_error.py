async def gen():
    yield from [1, 2]
