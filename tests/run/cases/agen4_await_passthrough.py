class Tick:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        got = yield ("tick", self.n)
        return got


async def ticker():
    for i in range(3):
        reply = await Tick(i)
        yield ("item", i, reply)


async def main():
    async for item in ticker():
        print("main got", item)
    return "end"


coro = main()
reply = None
try:
    while True:
        out = coro.send(reply)
        print("loop saw", out)
        reply = out[1] * 10
except StopIteration as e:
    print("result", e.value)
