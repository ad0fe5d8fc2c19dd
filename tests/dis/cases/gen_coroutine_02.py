import types
@types.coroutine
def wait():
    yield
async def f():
    await wait()
