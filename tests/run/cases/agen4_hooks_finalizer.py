import sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


to_close = []


def finalizer(agen):
    print("finalizer", agen.__qualname__, agen.ag_frame is not None)
    to_close.append(agen)


async def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup", tag)


async def main():
    async for x in numbers("a"):
        if x == 1:
            break
    print("after loop")
    g = numbers("b")
    await g.__anext__()
    g = None
    print("after drop")
    async for x in numbers("c"):
        pass
    print("after full loop")
    while to_close:
        await to_close.pop(0).aclose()


sys.set_asyncgen_hooks(finalizer=finalizer)
run(main())
print("end", to_close)
sys.set_asyncgen_hooks(None, None)
