import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
