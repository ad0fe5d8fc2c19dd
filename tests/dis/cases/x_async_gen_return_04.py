async def agen():
    try:
        yield 1
    except GeneratorExit:
        raise
    finally:
        print("finally")
    return


async def agen2(n):
    for i in range(n):
        if i % 2:
            continue
        yield i
    else:
        yield -1


async def agen3(src):
    async with src as s:
        async for v in s:
            yield v


async def use():
    return [v async for v in agen2(3)], await agen().__anext__()
