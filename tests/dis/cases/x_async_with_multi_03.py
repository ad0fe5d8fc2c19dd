async def f(a, b, c):
    async with a as x, b as y, c:
        pass
    async with a, b:
        async with c as (p, q):
            return p
    with a as s:
        async with b as t:
            with c:
                await s
    async with a as x.attr, b as y[0]:
        pass


async def g(lock, sem):
    async with lock:
        async with sem:
            for i in range(3):
                async with lock:
                    if i:
                        continue
                    else:
                        break
