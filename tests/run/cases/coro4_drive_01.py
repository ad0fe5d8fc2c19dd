# A tiny scheduler driving coroutines round-robin with send(None).
import types

@types.coroutine
def switch():
    yield

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await switch()
    return name + " done"

def run(*coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[c.__qualname__ + str(len(results))] = e.value
        else:
            queue.append(c)
    return results

print(run(worker("a", 2), worker("b", 3)))

async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

try:
    fib(15).send(None)
except StopIteration as e:
    print("fib", e.value)
