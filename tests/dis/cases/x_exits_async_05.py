async def a(cm, it):
    async with cm:
        return 1


async def b(cm, it):
    async for x in it:
        async with cm:
            if x:
                continue
            break
    else:
        return 2


async def c(cm):
    try:
        async with cm as v:
            await v
    finally:
        await cm.close()


async def d(it):
    async for x in it:
        try:
            await x
        except Exception:
            continue
        finally:
            return x


async def e(it):
    return [y async for x in it for y in x if await y]
