async def f(a, b):
    x = await a
    y = await b(x)
    return await a + await b(y)
