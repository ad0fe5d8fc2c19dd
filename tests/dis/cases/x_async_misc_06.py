import asyncio


async def worker(name, q):
    while True:
        job = await q.get()
        try:
            if job is None:
                return name
            await asyncio.sleep(job)
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(3)]
    for delay in (0.01, 0.02, None, None, None):
        q.put_nowait(delay)
    done, pending = await asyncio.wait(workers, timeout=1, return_when=asyncio.ALL_COMPLETED)
    results = sorted(t.result() for t in done)
    async def gen():
        for r in results:
            yield r
    return [r async for r in gen()], len(pending)


if __name__ == "__main__":
    print(asyncio.run(main(), debug=False))
