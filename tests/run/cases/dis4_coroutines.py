# Coroutines: `await` compiles to GET_AWAITABLE + YIELD_FROM; dis accepts the async def
# function and the coroutine object (its cr_code).
import dis


class Ready:
    def __await__(self):
        return (yield "tick")


async def fetch(x):
    await Ready()
    return x * 2


async def main():
    a = await fetch(1)
    b = await fetch(2)
    return a + b


dis.dis(fetch)
print("--- coroutine object")
coro = main()
dis.dis(coro)
print(coro.send(None))
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as stop:
    print("result", stop.value)
