def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield "paused"


async def outer():
    async def inner():
        await Pause()
        yield 1
    return inner()


g = run(outer())
print(repr(g).split(" at ")[0])
print(g.__name__, g.__qualname__)
print(g.ag_code.co_name, g.ag_frame.f_code.co_name)
print(g.ag_running, g.ag_await)
a = g.__anext__()
print(a.send(None))
print(g.ag_running, type(g.ag_await).__name__)
print(g.ag_frame.f_lineno)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, repr(g).split(" at ")[0])
try:
    g.__name__ = 3
except TypeError as e:
    print(e)
try:
    g.ag_running = True
except AttributeError as e:
    print("AttributeError")
print(hasattr(g, "__aiter__"), hasattr(g, "__iter__"), hasattr(g, "__next__"))
print(g.__aiter__() is g)
print(type(a).__name__, type(g.aclose()).__name__)
print(repr(a).split(" at ")[0])
