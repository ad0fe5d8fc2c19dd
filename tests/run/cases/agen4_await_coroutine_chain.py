class Tick:
    def __await__(self):
        value = yield "tick"
        return value


async def sleep(tag):
    got = await Tick()
    return f"{tag}:{got}"


async def deeper(tag):
    return await sleep(tag)


async def producer():
    for i in range(3):
        r = await deeper(i)
        yield r
        print("ag_await after yield:", p.ag_await)


async def consumer():
    out = []
    async for v in p:
        out.append(v)
    return out


p = producer()
c = consumer()
n = 0
try:
    value = c.send(None)
    while True:
        print("loop got", value, "| ag_await:", type(p.ag_await).__name__, "| running:", p.ag_running)
        n += 1
        value = c.send(n)
except StopIteration as e:
    print("result", e.value)
