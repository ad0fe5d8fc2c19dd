# Errors in the innermost generator of a `yield from` chain, and levels that catch them.
import traceback


def leaf(k):
    x = yield "ready"
    if x == "boom":
        raise ValueError("boom at depth %d" % k)
    yield x * 2
    return k


def mid(n, catch_at):
    try:
        if n == 0:
            r = yield from leaf(n)
        else:
            r = yield from mid(n - 1, catch_at)
    except ValueError as e:
        if n != catch_at:
            raise
        print("caught at", n, e)
        r = -1
        yield "after-catch %d" % n
    return r + 1


for catch_at in (2, 5):
    g = mid(4, catch_at)
    print(next(g))
    try:
        print(g.send("boom"))
        print(next(g, "end"))
    except ValueError:
        traceback.print_exc()

g = mid(3, 0)
print(next(g))
print(g.send(21))
try:
    next(g)
except StopIteration as e:
    print("result", e.value)


# The innermost sends to a level between: that level is running.
def inner():
    yield 1
    try:
        holder[0].send(None)
    except ValueError as e:
        print("ValueError:", e)
    try:
        holder[1].send(None)
    except ValueError as e:
        print("ValueError:", e)
    yield 2


def outer(n):
    if n:
        yield from outer(n - 1)
    else:
        yield from inner()


holder = []
top = outer(3)
print(next(top))
holder.extend([top, top.gi_yieldfrom.gi_yieldfrom])
print(next(top))


# throw() and close() into the head of a suspended chain.
def noisy(n):
    try:
        if n:
            yield from noisy(n - 1)
        else:
            yield "deep"
            yield "deeper"
    finally:
        print("finally", n)


g = noisy(3)
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
g = noisy(2)
print(next(g))
g.close()
print("closed")
