# Objects with __await__ (generator-based), driving them by send().
class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        print("suspending")
        value = yield self
        print("resumed with", value)
        return value * 10

async def task():
    f = Future()
    r = await f
    print("task got", r)
    return r + 1

c = task()
fut = c.send(None)
print(type(fut).__name__)
print(type(c.cr_await).__name__)
try:
    c.send(4)
except StopIteration as e:
    print("result", e.value)
