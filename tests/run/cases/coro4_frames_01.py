# cr_await / cr_frame while suspended inside nested awaits.
import types

@types.coroutine
def pause():
    yield "paused"

async def child():
    await pause()
    return "child done"

async def parent():
    r = await child()
    return r

p = parent()
print(p.cr_frame.f_lineno, p.cr_await)
print(p.send(None))
print(type(p.cr_await).__name__, p.cr_await.__qualname__)
print(type(p.cr_await.cr_await).__name__, p.cr_await.cr_await.__name__)
print(p.cr_frame.f_code.co_name, p.cr_running)
try:
    p.send(None)
except StopIteration as e:
    print("result", e.value)
print(p.cr_frame, p.cr_await)
