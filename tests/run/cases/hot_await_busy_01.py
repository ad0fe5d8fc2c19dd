import types
@types.coroutine
def tick():
    yield "t"
async def inner():
    await tick()
    return 5
async def outer(c):
    return await c
c = inner()
c.send(None)
o = outer(c)
try:
    o.send(None)
except RuntimeError as e:
    print("busy:", e)
async def again(c):
    return await c
c2 = inner()
a = again(c2)
print(a.send(None))
try:
    a.send(None)
except StopIteration as s:
    print("done", s.value)
class A:
    def __await__(self):
        yield 1
        return 2
async def use():
    return await A()
u = use()
print(u.send(None))
try:
    u.send(None)
except StopIteration as s:
    print("A", s.value)
async def bad():
    await 3
try:
    bad().send(None)
except TypeError as e:
    print(e)
