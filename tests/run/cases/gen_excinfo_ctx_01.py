# sys.exc_info() and __context__ inside generators resumed from different handler contexts.
import sys


def cur():
    return repr(sys.exc_info()[1])


def gen():
    print(" start", cur())
    try:
        raise KeyError("g1")
    except KeyError:
        x = yield "in-handler"
        print(" handler", cur(), x)
        try:
            raise ValueError("g2")
        except ValueError:
            yield "nested"
            print(" nested", cur())
        print(" back in outer handler", cur())
    print(" after handler", cur())
    yield "after"
    print(" end", cur())
    try:
        raise IndexError("g3")
    except IndexError as e:
        print(" context of g3:", repr(e.__context__))
    yield "done"


def drive(label, g, ctx):
    if ctx:
        try:
            raise RuntimeError(ctx)
        except RuntimeError:
            r = g.send(None)
            print(label, "->", r, "| driver sees", cur())
        return
    r = next(g)
    print(label, "->", r, "| driver sees", cur())


g = gen()
drive("a", g, None)
drive("b", g, "ctx1")
drive("c", g, "ctx2")
drive("d", g, None)
print(next(g, "exhausted"), cur())


def raiser():
    try:
        yield 1
    finally:
        print(" finally sees", cur())


g = raiser()
next(g)
try:
    raise OSError("outer")
except OSError:
    g.close()
    print("after close", cur())


async def coro(n):
    try:
        raise LookupError(n)
    except LookupError:
        await Step()
        print(" coro handler", n, cur())
    print(" coro after", n, cur())
    return n


class Step:
    def __await__(self):
        yield "step"


c = coro(1)
c.send(None)
try:
    raise ZeroDivisionError("drv")
except ZeroDivisionError:
    try:
        c.send(None)
    except StopIteration as s:
        print("coro result", s.value, cur())
