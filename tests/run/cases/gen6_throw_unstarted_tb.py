# An exception thrown into a generator, coroutine or async generator that has not
# started is raised on its def line.
import traceback


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


for make in (lambda: gen().throw(KeyError('gen')),
             lambda: coro().throw(KeyError('coro')),
             lambda: agen().athrow(KeyError('athrow')).send(None),
             lambda: agen().asend(None).throw(KeyError('asend'))):
    try:
        make()
    except KeyError:
        traceback.print_exc()

g = gen()
try:
    g.throw(ValueError, 'tb line')
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)

gen().throw(IndexError('uncaught'))
