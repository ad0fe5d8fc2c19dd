# throw() and close() on coroutines pass down the await chain.
import types

@types.coroutine
def suspend():
    try:
        yield "suspended"
    except KeyError as e:
        print("suspend caught", repr(e))
        return "recovered"
    finally:
        print("suspend finally")

async def middle():
    try:
        r = await suspend()
        print("middle got", r)
        return r
    finally:
        print("middle finally")

async def top():
    return await middle()

c = top()
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("finished with", e.value)

c = top()
c.send(None)
c.close()
print("closed", c.cr_frame)
c = top()
c.send(None)
c.throw(ValueError("unhandled"))
