import asyncio


async def might_fail(i):
    await asyncio.sleep(0.001 * i)
    if i % 2:
        raise ValueError(f"odd {i}")
    return i


async def main():
    results = await asyncio.gather(*[might_fail(i) for i in range(4)], return_exceptions=True)
    for i, r in enumerate(results):
        if isinstance(r, Exception):
            print(i, "failed:", r)
        else:
            print(i, "ok:", r)
    try:
        await asyncio.gather(might_fail(1), might_fail(2))
    except ValueError as e:
        print("first error", e)
    done, _ = await asyncio.wait({asyncio.ensure_future(might_fail(0))})
    for fut in asyncio.as_completed([might_fail(2), might_fail(0)]):
        print(await fut)
    return done


asyncio.run(main())
