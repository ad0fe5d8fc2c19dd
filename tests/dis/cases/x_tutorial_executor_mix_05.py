import asyncio
import concurrent.futures
import functools
import time


def blocking(n, *, scale=1.0):
    time.sleep(n * scale)
    return n


async def run_blocking_tasks(executor):
    loop = asyncio.get_event_loop()
    blocking_tasks = [
        loop.run_in_executor(executor, functools.partial(blocking, i, scale=0.001))
        for i in range(6)
    ]
    completed, pending = await asyncio.wait(blocking_tasks)
    results = [t.result() for t in completed]
    print('results: {!r}'.format(sorted(results)))
    return results


if __name__ == '__main__':
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=3)
    event_loop = asyncio.get_event_loop()
    try:
        event_loop.run_until_complete(run_blocking_tasks(executor))
    finally:
        event_loop.close()
