async def f(a, b, c):
    x = await a + await b
    y = await a.b(await c)
    z = (await a)[await b]
    w = await (await a)
    v = not await a
    u = -await a
    t = await a ** 2
    s = [await a, *await b]
    r = {await a: await b}
    q = f"{await a!r}"
    p = await a if await b else await c
    await a, await b
    o = await a and await b or await c
    n = (await a).x.y
    await a.b.c(d=await e)
    return await a


async def g():
    return await (await (await x))
