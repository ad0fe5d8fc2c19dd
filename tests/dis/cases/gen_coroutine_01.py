import asyncio
@asyncio.coroutine
def old_style():
    yield from asyncio.sleep(1)
    return "done"
