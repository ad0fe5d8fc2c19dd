async def f(a, b):
    async for x in a:
        async for y in b:
            print(x, y)
