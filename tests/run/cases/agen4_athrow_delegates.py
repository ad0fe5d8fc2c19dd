class Pause:
    def __await__(self):
        try:
            yield "paused"
        except ValueError as e:
            print("delegate got", repr(e))
            yield "delegate handled"
        finally:
            print("delegate finally")


async def gen():
    try:
        await Pause()
        yield 1
    finally:
        print("gen finally")


g = gen()
s = g.__anext__()
print(s.send(None))
print(s.throw(ValueError("x")))
try:
    s.send(None)
except StopIteration as e:
    print("value", e.value)
g2 = gen()
s = g2.__anext__()
print(s.send(None))
c = g2.aclose()
try:
    print(c.send(None))
except BaseException as e:
    print(type(e).__name__, e)
print(c.send(None))
