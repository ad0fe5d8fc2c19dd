# Async generator functions: `yield` inside `async def`; the object is an async_generator.
import dis


async def ticker(n):
    for i in range(n):
        yield i


dis.dis(ticker)
agen = ticker(2)
print(type(agen).__name__)
dis.dis(agen.__class__.__name__)
