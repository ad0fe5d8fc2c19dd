class Pause:
    def __await__(self):
        yield "paused"


async def gen():
    await Pause()
    yield 1


g = gen()
first = g.__anext__()
print(first.send(None))
print(g.ag_running)
for make in (g.__anext__, lambda: g.asend(5), lambda: g.athrow(ValueError), g.aclose):
    try:
        make().send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    first.send(None)
except StopIteration as e:
    print("value", e.value)
print(g.ag_running)
g.__anext__().send(None)
