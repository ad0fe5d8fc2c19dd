# A frame that raised stays alive through the traceback: its locals (a suspended
# generator, an unawaited coroutine, an object with __del__) die when the exception does.
import sys


def gen(name):
    try:
        yield 1
    finally:
        print("finally of", name)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def fails():
    g = gen("local")
    next(g)
    n = Noisy("local")
    raise ValueError("boom")


try:
    fails()
except ValueError:
    print("caught")
print("after the except clause")

try:
    fails()
except ValueError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(sorted(frame.f_locals), frame.f_code.co_name, frame.f_lineno)
    del frame
    print("handled")
print("after 'as e'")


def keep():
    try:
        fails()
    except ValueError as e:
        return e


err = keep()
print("kept the exception")
del err
print("dropped it")


async def job():
    return 1


def never_awaited():
    c = job()
    raise KeyError("k")


try:
    never_awaited()
except KeyError:
    print("caught KeyError")
print("after KeyError")


def inner_gen():
    x = Noisy("in generator frame")
    yield 1
    raise RuntimeError("from generator")


try:
    for _ in inner_gen():
        pass
except RuntimeError as e:
    print("caught", e)
print("done")


def deep(n):
    n_obj = Noisy("deep") if n == 0 else None
    if n == 0:
        raise IndexError("bottom")
    deep(n - 1)


try:
    deep(3)
except IndexError:
    print("deep caught", sys.exc_info()[0].__name__)
print("end")
