async def f(aiter):
    return {x: x async for x in aiter}, {x async for x in aiter}
