import asyncio


class AsyncCtx:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return None


async def run(items):
    for item in items:
        try:
            async with AsyncCtx() as ctx:
                try:
                    if item:
                        return await asyncio.sleep(0, item)
                    continue
                finally:
                    await asyncio.sleep(0)
        except asyncio.CancelledError:
            break
        finally:
            print("end", item)


async def agen_loop(src):
    async for chunk in src:
        with open("x") as f:
            try:
                f.write(chunk)
            except OSError:
                continue
            else:
                break
    else:
        return
