# `yield from` / `await` resume the delegate's frame inside the caller's eval loop: sent
# values, results, exceptions, throw() and close() must pass through every level as before.
import sys


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got


def middle(n):
    r = yield from leaf(n)
    print("leaf returned", r)
    r2 = yield from leaf(1)
    return (r, r2)


def top():
    result = yield from middle(3)
    print("middle returned", result)
    return "top done"


g = top()
print(next(g))
for s in ["a", "b", "c", "d"]:
    try:
        print("yielded", g.send(s))
    except StopIteration as e:
        print("StopIteration", e.value)

# for over a yield-from chain.
print(list(middle(2)))


# A recursive chain.
def walk(n):
    if n:
        yield from walk(n - 1)
        yield n
        yield from walk(n - 1)


print(list(walk(3)))
print(sum(walk(12)))


# close() reaches the innermost generator through suspended levels.
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g = outer()
print(next(g), next(g))
g.close()


# Exceptions and their tracebacks through the chain.
def bad():
    yield 1
    {}["missing"]


def relay():
    yield from bad()


try:
    for x in relay():
        print("x", x)
except KeyError:
    tb = sys.exc_info()[2]
    while tb:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
        tb = tb.tb_next


# StopIteration raised inside a delegate becomes RuntimeError at that level.
def stops():
    yield 1
    raise StopIteration(5)


def around():
    try:
        yield from stops()
    except RuntimeError as e:
        print("around caught", e, repr(e.__cause__))
        yield "after"


print(list(around()))


# Delegating to an exhausted generator, and to a non-generator iterator.
def exhausted():
    e = leaf(0)
    r = yield from e
    print("first", r)
    r = yield from e
    print("again", r)
    yield from [7, 8]
    yield from iter((9,))


print(list(exhausted()))


# A generator delegating to itself.
def self_ref():
    yield from me


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


# Coroutines: await chains driven by send().
class suspend:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return got


async def add(a):
    b = await suspend(a)
    return a + b


async def main_coro():
    x = await add(1)
    y = await add(x)
    return [x, y]


c = main_coro()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("coroutine result", e.value)


async def reuse():
    inner_c = add(5)
    inner_c.close()
    try:
        await inner_c
    except RuntimeError as e:
        print("RuntimeError", e)
    return "ok"


try:
    reuse().send(None)
except StopIteration as e:
    print(e.value)


# Recursion limit through yield from.
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


print(list(deep(100)))
try:
    list(deep(100000))
except RecursionError as e:
    print("RecursionError", e)


# The exception being handled inside delegates.
def exc_inner():
    yield sys.exc_info()[0]


def exc_outer():
    try:
        raise IndexError
    except IndexError:
        yield from exc_inner()
    yield from exc_inner()


try:
    raise OSError
except OSError:
    print(list(exc_outer()), sys.exc_info()[0])
