# sys.exc_info() inside a `yield from` chain, with exceptions handled at various levels.
import sys


def leaf():
    print("leaf sees", sys.exc_info()[1])
    x = yield 1
    print("leaf sees", sys.exc_info()[1], x)
    try:
        raise IndexError("in leaf")
    except IndexError:
        y = yield 2
        print("leaf handler sees", sys.exc_info()[1], y)
    print("leaf after", sys.exc_info()[1])
    yield 3


def mid(n):
    if n == 2:
        try:
            raise KeyError("mid2")
        except KeyError:
            yield from leaf()
    elif n > 0:
        yield from mid(n - 1)
    else:
        yield from leaf()


for depth in (1, 4):
    g = mid(depth)
    print(next(g))
    print(g.send("a"))
    try:
        raise OSError("driver")
    except OSError:
        print(g.send("b"))
    print(sys.exc_info()[1])
    print(next(g, "done"))
