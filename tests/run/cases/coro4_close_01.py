# close() of a coroutine suspended in an await, and "coroutine ignored GeneratorExit".
import types

@types.coroutine
def suspend():
    yield "s"

async def cleanup():
    try:
        await suspend()
    finally:
        print("cleanup ran")

c = cleanup()
c.send(None)
c.close()

async def ignore():
    while True:
        try:
            await suspend()
        except GeneratorExit:
            print("ignoring exit")

c = ignore()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)
c = None
print("end")
