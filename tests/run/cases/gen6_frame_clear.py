# frame.clear() on generator frames: a suspended generator is closed, a running one
# refuses, as does any executing frame.
import sys


def gen():
    a = 1
    try:
        yield a
        yield 2
    finally:
        print('gen finally')


g = gen()
next(g)
f = g.gi_frame
print(f.f_globals is globals(), f.f_code is gen.__code__, f.f_back, f.f_locals)
print(f.clear(), g.gi_frame)
f.clear()
try:
    next(g)
except StopIteration:
    print('closed by clear')


def clears_itself():
    yield me.gi_frame.clear()


me = clears_itself()
try:
    next(me)
except RuntimeError as e:
    print(e)

try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)


async def coro():
    pass

c = coro()
c.cr_frame.clear()
print('unstarted coroutine cleared', c.cr_frame is None)
try:
    f.clear(1)
except TypeError as e:
    print(e)


def fails():
    raise ValueError('from a finished frame')


try:
    fails()
except ValueError as e:
    print(e.__traceback__.tb_next.tb_frame.clear())
