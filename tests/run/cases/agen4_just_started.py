async def gen():
    x = yield 1
    print("x =", x)
    yield 2


g = gen()
try:
    g.asend("early").send(None)
except TypeError as e:
    print(e)
try:
    g.__anext__().send("also early")
except TypeError as e:
    print(e)
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first", e.value)
step = g.asend("late")
try:
    step.send(None)
except StopIteration as e:
    print("second", e.value)
t = g.athrow(ValueError)
try:
    t.send(1)
except RuntimeError as e:
    print(e)
g.asend(1).send(7)
