import sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def finalizer(agen):
    raise ValueError("finalizer failed for " + agen.__name__)


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("never printed")


async def main():
    g = gen()
    await g.__anext__()
    del g
    print("after del")


sys.set_asyncgen_hooks(finalizer=finalizer)
run(main())
sys.set_asyncgen_hooks(None, None)
print("end")
