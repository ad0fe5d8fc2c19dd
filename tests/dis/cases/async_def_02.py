import asyncio
async def f(x):
    await asyncio.sleep(x)
    return x
