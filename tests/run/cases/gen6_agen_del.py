# Calling __del__ on generators and async generators directly (_PyGen_Finalize).
import sys


async def ag():
    try:
        yield 1
        yield 2
    finally:
        print('ag finally')


def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


a = ag()
print('got', step(a.asend(None)))
a.__del__()
print('after __del__', a.ag_frame)
a.__del__()
b = ag()
b.__del__()
print('unstarted keeps its frame:', b.ag_frame is not None)

seen = []
sys.set_asyncgen_hooks(finalizer=lambda g: seen.append(g.__name__))
c = ag()
print('got', step(c.asend(None)))
c.__del__()
print('finalizer saw', seen, c.ag_frame is not None)
sys.set_asyncgen_hooks(finalizer=None)
step(c.aclose())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'

d = stubborn()
step(d.asend(None))
d.__del__()
print('after stubborn')


def gen():
    try:
        yield 1
    finally:
        print('gen finally')

g = gen()
next(g)
g.__del__()
print(g.gi_frame)
for obj, args, kw in ((gen(), (1,), {}), (gen(), (1, 2), {}), (gen(), (), {'x': 1}),
                      (ag(), (1,), {}), (ag(), (), {'x': 1})):
    try:
        obj.__del__(*args, **kw)
    except TypeError as e:
        print(type(obj).__name__, e)
