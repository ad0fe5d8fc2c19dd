async def f(coros):
    results = []
    for c in coros:
        results.append(await c)
    return results
