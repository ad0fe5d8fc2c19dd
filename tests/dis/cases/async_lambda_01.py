async def f():
    g = lambda: 1
    return [g() for _ in range(3)]
