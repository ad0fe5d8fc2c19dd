async def f(a, b):
    async with a:
        with b:
            await a
