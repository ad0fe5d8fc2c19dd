# ensure_future schedules a coroutine as a Task right away; awaiting it later collects the result.
import asyncio
import time


async def work(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return delay


async def main():
    start = time.time()
    task_a = asyncio.ensure_future(work("A", 1))
    task_b = asyncio.ensure_future(work("B", 2))
    print("tasks scheduled")
    a = await task_a
    b = await task_b
    print(a + b, f"took {time.time() - start:.0f} s")


asyncio.run(main())
