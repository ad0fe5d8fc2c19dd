async def gen():
    yield 1


def sync():
    return [x async for x in gen()]
