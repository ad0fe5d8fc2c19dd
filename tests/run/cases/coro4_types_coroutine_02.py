# A generator-based coroutine can `yield from` native coroutines; plain generators cannot.
import types

async def native():
    return "native result"

@types.coroutine
def based():
    r = yield from native()
    return r + "!"

async def main():
    print(await based())

try:
    main().send(None)
except StopIteration:
    print("main finished")

def plain():
    yield from native()

try:
    list(plain())
except TypeError as e:
    print(e)
