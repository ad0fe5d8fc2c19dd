# Tracebacks through awaits.
async def fail():
    raise ValueError("coroutine failure")

async def middle():
    await fail()

async def top():
    await middle()

c = top()
c.send(None)
