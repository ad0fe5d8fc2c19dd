# types.coroutine: generator-based coroutines awaitable from async def.
import types

@types.coroutine
def sleep0():
    value = yield "tick"
    print("sleep0 got", value)
    return "slept"

async def user():
    r = await sleep0()
    print("user got", r)
    return r.upper()

u = user()
print(u.send(None))
print(type(u.cr_await).__name__, u.cr_await.__name__)
try:
    u.send("hello")
except StopIteration as e:
    print("done", e.value)
print(bool(sleep0.__code__.co_flags & 0x100), sleep0.__name__)

def plain():
    yield 1

async def bad():
    await plain()

try:
    bad().send(None)
except TypeError as e:
    print(e)

@types.coroutine
def wrapper_based():
    return iter([1, 2])

async def use_wrapped():
    return await wrapper_based()

c = use_wrapped()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("wrapped done", e.value)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
