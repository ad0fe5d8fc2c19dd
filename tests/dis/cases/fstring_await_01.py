async def f(a):
    return f"{await a} and {await a!r:>5}"
