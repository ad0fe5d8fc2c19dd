# gi_frame / cr_frame / ag_frame are the live frame while the generator runs.
import sys


def gen():
    f = it.gi_frame
    print(f.f_lineno, f.f_code.co_name, f.f_back.f_code.co_name)
    a = 5
    print(sorted(it.gi_frame.f_locals))
    print(it.gi_frame.f_code is sys._getframe().f_code, it.gi_running)
    yield 1
    print('resumed at line', it.gi_frame.f_lineno, 'from', it.gi_frame.f_back.f_code.co_name)
    yield 2


it = gen()
print(it.gi_frame.f_lineno, it.gi_frame.f_lasti)
next(it)
print(it.gi_frame.f_lineno)


def driver():
    return it.send(None)


driver()
for _ in it:
    pass
print(it.gi_frame)


def outer():
    yield from inner()


def inner():
    print('outer frame seen from inner:', o.gi_frame.f_code.co_name, o.gi_running)
    yield 1


o = outer()
next(o)


async def coro():
    print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno, c.cr_running)
    return 'done'


c = coro()
try:
    c.send(None)
except StopIteration as e:
    print(e.value, c.cr_frame)


async def agen():
    print(a.ag_frame.f_code.co_name, a.ag_frame.f_lineno, a.ag_running)
    yield 1


a = agen()
try:
    a.asend(None).send(None)
except StopIteration as e:
    print('agen yielded', e.value)
