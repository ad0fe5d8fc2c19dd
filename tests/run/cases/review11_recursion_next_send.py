# next(gen) and gen.send(x) count the call of the built-in itself as a recursion level
# before the generator's frame (CPython's cfunction/method call check): near the limit
# they raise RecursionError, and the generator that could not start is finished.
import sys

sys.setrecursionlimit(60)


def g():
    yield 1


def via_next(n):
    try:
        return via_next(n + 1)
    except RecursionError:
        gg = g()
        try:
            return n, next(gg)
        except RecursionError:
            return ("next RE", n, list(gg))


def via_send(n):
    try:
        return via_send(n + 1)
    except RecursionError:
        gg = g()
        try:
            return n, gg.send(None)
        except RecursionError:
            return ("send RE", n, list(gg))


print(via_next(0))
print(via_send(0))
