def gen():
    yield 1
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_frame.f_lasti, g.gi_code.co_name, g.gi_yieldfrom)
next(g)
print(g.gi_running, g.gi_frame.f_lasti, g.gi_frame.f_locals)
list(g)
print(g.gi_frame)
async def co(): pass
c = co()
print(c.cr_running, c.cr_frame.f_lasti, c.cr_await, c.cr_code.co_name)
c.close()
print(c.cr_frame)
import inspect
def g2():
    x = 5
    yield x
    print(inspect.getgeneratorstate(it))
it = g2()
print(inspect.getgeneratorlocals(it), inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorlocals(it))
for _ in it: pass
print(inspect.getgeneratorlocals(it), inspect.getgeneratorstate(it))
async def c2(): return 1
c = c2()
print(inspect.getcoroutinestate(c))
try: c.send(None)
except StopIteration as e: print(e.value)
print(inspect.getcoroutinestate(c))
