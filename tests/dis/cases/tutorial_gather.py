# Sequential awaits take 1 + 2 = 3 seconds; gather runs them concurrently in 2 seconds.
import asyncio
import time


async def work(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: done after {delay}s")
    return name


async def sequential():
    start = time.time()
    await work("A", 1)
    await work("B", 2)
    print(f"sequential took {time.time() - start:.0f} s")


async def concurrent():
    start = time.time()
    results = await asyncio.gather(work("A", 1), work("B", 2))
    print(results)
    print(f"concurrent took {time.time() - start:.0f} s")


asyncio.run(sequential())
asyncio.run(concurrent())
