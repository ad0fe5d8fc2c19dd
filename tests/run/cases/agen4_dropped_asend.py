class Pause:
    def __await__(self):
        yield "pause"


async def gen():
    await Pause()
    yield 1
    yield 2


g = gen()
step = g.__anext__()
print(step.send(None))
del step
print(g.ag_running)
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print(e)
