async def f(a, xs):
    for x in xs:
        async with a:
            if x:
                break
            continue
