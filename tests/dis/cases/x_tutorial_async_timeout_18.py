import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


async def slow():
    await asyncio.sleep(10)


async def main():
    async with opened("a") as a, opened("b") as b:
        print(a, b)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout!")
    task = asyncio.ensure_future(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")
    else:
        print("not cancelled")
    finally:
        print("done")


if __name__ == "__main__":
    asyncio.run(main())
