# A frame that raised is kept by its traceback entry, except when its locals lead back to
# the exception: that cycle would need a collector. Either way, after gc.collect() the
# objects are gone.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder(Noisy):
    def keep_and_raise(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            self.err = e
            raise


def exc_info_in_local():
    try:
        [][1]
    except IndexError:
        info = sys.exc_info()
        info[1].tag = Noisy("exc_info tag")
        raise


def closure_over_local():
    seen = []

    def add(x):
        seen.append(x)

    try:
        {}["k"]
    except KeyError as e:
        e.tag = Noisy("closure tag")
        add(e)
        raise


h = Holder("holder")
try:
    h.keep_and_raise()
except ZeroDivisionError:
    print("caught", type(h.err).__name__)
del h
gc.collect()
print("after holder")

try:
    exc_info_in_local()
except IndexError as e:
    print("caught", e)
gc.collect()
print("after exc_info")

try:
    closure_over_local()
except KeyError:
    print("caught KeyError")
gc.collect()
print("after closure")


class Big:
    def run(self):
        data = list(range(1000))
        try:
            raise ValueError("v")
        except ValueError as e:
            self.e = e
            raise


for i in range(20000):
    try:
        Big().run()
    except ValueError:
        pass
gc.collect()
print("loop done")
