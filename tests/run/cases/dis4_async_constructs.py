# async for / async with / async comprehensions in a coroutine function's listing.
import dis


async def consume(source, lock):
    async with lock:
        total = 0
        async for item in source:
            total += item
    doubled = [x * 2 async for x in source]
    return total, doubled


dis.dis(consume)
