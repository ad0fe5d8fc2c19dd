# Coroutines: recursive `async def` calls awaited through each other, driven by
# coro.send(None) until StopIteration, with no event loop and no imports.


class Yield:
    """An awaitable that suspends the whole await chain once (like asyncio's sleep(0))."""

    def __await__(self):
        yield "tick"


async def leaf(n):
    if n % 64 == 0:
        await Yield()
    return n & 3


async def tree_sum(depth, n):
    if depth == 0:
        return await leaf(n)
    left = await tree_sum(depth - 1, 2 * n)
    right = await tree_sum(depth - 1, 2 * n + 1)
    return left + right + 1


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run(coro):
    """Drives a coroutine to completion; returns (result, number of suspensions)."""
    ticks = 0
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value, ticks
        ticks += 1


def main():
    checksum = 0
    for depth in (18, 19, 20):
        result, ticks = run(tree_sum(depth, 1))
        checksum += result + ticks
        print("tree_sum", depth, result, ticks)
    result, ticks = run(fib(24))
    checksum += result + ticks
    print("fib", 24, result, ticks)
    print("checksum", checksum)


main()
