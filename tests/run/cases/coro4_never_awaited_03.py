# Coroutines dying inside other frames, and as arguments of coroutines never awaited.
async def inner():
    pass

async def outer(x):
    await x

class Holder:
    def __init__(self):
        self.c = inner()

def f():
    h = Holder()
    return 1

print(f())
outer(inner())
print("after outer(inner())")
lst = [inner() for _ in range(2)]
lst = None
print("end")
