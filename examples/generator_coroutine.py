# A generator-based coroutine, as written before async/await (deprecated since 3.8).
import asyncio


@asyncio.coroutine
def old_style_coroutine():
    print("old style: start")
    yield from asyncio.sleep(1)
    print("old style: end")
    return "old result"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(old_style_coroutine()))
loop.close()
