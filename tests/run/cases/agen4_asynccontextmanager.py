import collections.abc
import contextlib
import inspect
import types


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


@contextlib.asynccontextmanager
async def resource(name):
    print("setup", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("teardown", name)


async def agen():
    yield 1


async def main():
    async with resource("db") as r:
        print("using", r)
    async with resource("cache") as r:
        raise KeyError("swallowed by the generator")
    try:
        async with resource("net"):
            raise ValueError("passes through")
    except ValueError as e:
        print("caught", e)
    g = agen()
    print(isinstance(g, collections.abc.AsyncGenerator), isinstance(g, collections.abc.AsyncIterator))
    print(isinstance(g, types.AsyncGeneratorType), inspect.isasyncgen(g), inspect.isasyncgenfunction(agen))
    print(issubclass(types.AsyncGeneratorType, collections.abc.AsyncIterable))
    await g.aclose()


run(main())
