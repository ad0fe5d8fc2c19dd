import sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


calls = []


def firstiter(agen):
    calls.append(agen.__qualname__)
    print("firstiter", agen.__name__, agen.ag_running)


async def gen(n):
    for i in range(n):
        yield i


async def main():
    g = gen(3)
    print("before")
    async for x in g:
        print(x)
    await g.aclose()
    h = gen(1)
    h.aclose()
    h.asend(None)
    print([x async for x in gen(2)])


print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=firstiter)
print(sys.get_asyncgen_hooks().firstiter is firstiter)
run(main())
print(calls)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(None, None)
