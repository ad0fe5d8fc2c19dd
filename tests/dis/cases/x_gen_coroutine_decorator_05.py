import asyncio


@asyncio.coroutine
def old_style_sleep(n):
    yield from asyncio.sleep(n)
    return n


@asyncio.coroutine
def old_style_main():
    results = yield from asyncio.gather(old_style_sleep(0.01), old_style_sleep(0.02))
    print(results)


loop = asyncio.get_event_loop()
try:
    loop.run_until_complete(old_style_main())
finally:
    loop.close()
