# Deep `yield from` chains near the recursion limit, and long ones that work.
import sys


def nest(n):
    if n == 0:
        x = yield "bottom"
        while x is not None:
            x = yield x * 2
        return "done"
    r = yield from nest(n - 1)
    return r


def depth_inside(n):
    if n == 0:
        def probe(k):
            return probe(k + 1) if k < 10**6 else k
        try:
            probe(0)
        except RecursionError as e:
            print("RecursionError", e)
        yield "probed"
        try:
            probe(0)
        except RecursionError as e:
            print("again RecursionError", e)
        return
    yield from depth_inside(n - 1)


g = nest(900)
print(next(g))
print(g.send(21))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)

g = depth_inside(200)
print(next(g))
print(next(g, "end"))

sys.setrecursionlimit(120)
for n in (100, 110, 116, 117, 118, 119, 130):
    g = nest(n)
    try:
        print(n, next(g), g.send(1), g.send(2))
    except RecursionError as e:
        print(n, "RecursionError", e)
    try:
        print(n, g.send(3))
    except (RecursionError, ValueError, StopIteration) as e:
        print(n, type(e).__name__, e)


def resume_at(k, g, v):
    if k:
        return resume_at(k - 1, g, v)
    return g.send(v)


# A chain made near the top, resumed from deeper and deeper calls.
for k in range(8, 22):
    g = nest(100)
    next(g)
    try:
        print(k, resume_at(k, g, k))
    except RecursionError as e:
        print(k, "RecursionError", e, g.gi_frame)
