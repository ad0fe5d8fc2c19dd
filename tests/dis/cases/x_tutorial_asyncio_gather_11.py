import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def main():
    print(f"started at {time.strftime('%X')}")
    task1 = asyncio.create_task(say_after(0.01, 'hello'))
    task2 = asyncio.ensure_future(say_after(0.02, 'world'))
    await task1
    await task2
    results = await asyncio.gather(*(say_after(i / 100, str(i)) for i in range(3)), return_exceptions=True)
    print(results)
    print(f"finished at {time.strftime('%X')}")


asyncio.run(main())
