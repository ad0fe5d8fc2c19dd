# Native coroutines driven by send(None), with results carried by StopIteration.
async def leaf(x):
    return x * 2

async def middle():
    a = await leaf(3)
    b = await leaf(a)
    print("middle got", a, b)
    return a + b

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

c = middle()
print(type(c).__name__, c.cr_running, c.cr_await, c.cr_frame is not None)
print(c.cr_code.co_name, c.__name__, c.__qualname__)
print(run(c))
print(c.cr_frame, c.cr_await, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
