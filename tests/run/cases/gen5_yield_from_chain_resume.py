# Resuming a chain of generators suspended in `yield from`: values, errors, throw, close,
# the frames' positions and the recursion limit along the chain.
import sys
import traceback


def leaf(n):
    for i in range(n):
        x = yield i
        if x == "boom":
            raise ValueError("boom at %d" % i)
    return "leaf-done"


def mid(depth, n):
    if depth == 0:
        r = yield from leaf(n)
    else:
        r = yield from mid(depth - 1, n)
    return r + "/" + str(depth)


def chain(g):
    out = []
    while g is not None:
        out.append((g.gi_frame.f_lineno, g.gi_frame.f_lasti, g.gi_running))
        g = g.gi_yieldfrom
    return out


g = mid(5, 4)
print(next(g), g.send(None), g.send(1))
print(chain(g))
try:
    g.send("boom")
except ValueError:
    traceback.print_exc(file=sys.stdout)
print(g.gi_frame)
print(list(mid(3, 2)))
g3 = mid(3, 2)
next(g3)
try:
    while True:
        next(g3)
except StopIteration as e:
    print("stop", e.value)

g4 = mid(4, 10)
next(g4)
next(g4)
try:
    g4.throw(KeyError("k"))
except KeyError as e:
    print("thrown back", repr(e))
g5 = mid(4, 10)
next(g5)
g5.close()
print("closed", g5.gi_frame)

sys.setrecursionlimit(60)


def deep(n):
    if n == 0:
        yield 1
        yield 2
    else:
        yield from deep(n - 1)


d = deep(40)
print(next(d))
sys.setrecursionlimit(45)
try:
    print(next(d))
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
d.close()


class Later:
    def __await__(self):
        yield "later"


async def inner():
    await Later()


async def outer():
    await inner()


c = outer()
print(c.send(None), c.cr_frame.f_lasti, c.cr_frame.f_lineno, c.cr_await.cr_frame.f_lasti)
c.close()
