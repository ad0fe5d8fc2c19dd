async def f(a, b):
    return [x async for x in a if await x for y in b]
