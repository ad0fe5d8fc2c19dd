# `yield x` of a local (LOAD_FAST then YIELD_VALUE): values, unbound locals, frames while
# suspended, async generators, delegation and send().
import sys


def plain(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(plain(4)))


def unbound(flag):
    if flag:
        x = 1
    yield x


print(next(unbound(True)))
try:
    next(unbound(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def where():
    a = "first"
    yield a
    b = "second"
    yield (
        b
    )


g = where()
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_lasti)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_lasti)


def echo():
    got = None
    while True:
        got = yield got


e = echo()
next(e)
print([e.send(v) for v in (1, "two", [3])])


def outer():
    r = yield from plain(3)
    last = "done"
    yield last


print(list(outer()))


async def agen(n):
    i = 0
    while i < n:
        yield i
        i += 1


async def collect():
    return [v async for v in agen(3)]


c = collect()
try:
    c.send(None)
except StopIteration as s:
    print("async", s.value)


class Obj:
    def __del__(self):
        print("del Obj")


def holds():
    o = Obj()
    yield o
    print("after")


h = holds()
print(type(next(h)).__name__)
h.close()
print("closed")


def recursion_in_yield(n):
    x = n
    if n:
        yield from recursion_in_yield(n - 1)
    yield x


print(sum(recursion_in_yield(50)))
print(sys.getrecursionlimit() > 0)
