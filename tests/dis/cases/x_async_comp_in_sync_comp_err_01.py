async def f(srcs):
    return [[x async for x in s] for s in srcs]
