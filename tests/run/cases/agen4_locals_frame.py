def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def gen(a, b=2):
    c = a + b
    yield c
    d = c * 2
    yield d


async def main():
    g = gen(1)
    print(sorted(g.ag_frame.f_locals.items()))
    await g.__anext__()
    print(sorted(g.ag_frame.f_locals.items()))
    await g.__anext__()
    print(sorted(g.ag_frame.f_locals.items()))
    print(g.ag_frame.f_code.co_name, g.ag_code.co_flags & 512)


run(main())
