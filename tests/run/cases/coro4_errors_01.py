# Coroutine state errors.
import types

async def coro():
    return 1

c = coro()
try:
    c.send(1)
except TypeError as e:
    print(e)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("throw:", e)
print(c.close())

async def selfawait():
    await me

me = selfawait()
try:
    me.send(None)
except ValueError as e:
    print(e)

@types.coroutine
def suspend():
    yield

async def waiter():
    await suspend()

async def second(co):
    await co

w = waiter()
w.send(None)
try:
    second(w).send(None)
except RuntimeError as e:
    print(e)
w.close()

async def stopper():
    raise StopIteration("x")

try:
    stopper().send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))
