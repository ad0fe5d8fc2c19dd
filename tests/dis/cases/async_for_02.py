async def f(aiter):
    async for x in aiter:
        if x:
            break
        continue
    else:
        print("done")
