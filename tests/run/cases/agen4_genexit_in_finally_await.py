class Pause:
    def __await__(self):
        yield "cleanup-pause"


async def gen():
    try:
        yield 1
    finally:
        print("cleaning")
        await Pause()
        print("cleaned")


g = gen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
c = g.aclose()
print("aclose yields", c.send(None))
print(g.ag_running)
try:
    c.send(None)
except StopIteration as e:
    print("closed", e.value)
print(g.ag_running, g.ag_frame)
