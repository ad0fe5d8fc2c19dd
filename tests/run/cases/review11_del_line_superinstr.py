# A finalizer that a local's store sets off reports the store's line, even when the store
# and the next instruction on the following line (a load or another store) run as one
# superinstruction.
import sys


class Del:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, sys._getframe(1).f_lineno)


def store_then_load():
    x = Del(1)
    x = None
    y = x
    return y


def store_then_store():
    a = Del(2)
    b = Del(3)
    a, b = 1, 2
    c = Del(4)
    d = 5
    c, d = d, c
    c = 1
    return a, b, c, d


def store_then_return():
    t = Del(5)
    t = 1
    return t


def in_loop():
    for i in range(3):
        obj = Del(10 + i)
        obj = i
        print("after", obj)


store_then_load()
store_then_store()
store_then_return()
in_loop()
