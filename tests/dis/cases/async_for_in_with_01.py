async def f(a, lock):
    async with lock:
        async for x in a:
            try:
                await x
            finally:
                print(x)
