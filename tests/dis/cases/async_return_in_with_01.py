async def f(a):
    async with a:
        return 1
