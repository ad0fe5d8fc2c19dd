import sys
def g():
    x = yield 1
    yield x
    return 7
it = g()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value, e.args)
print(next(it, "dflt"))
def h():
    yield 1
it = h(); next(it)
try:
    next(it)
except StopIteration as e:
    print("stop2", e.args)
def bad():
    yield 1
    raise StopIteration("x")
b = bad(); next(b)
try:
    next(b)
except RuntimeError as e:
    print("rt", e, repr(e.__cause__))
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ve", e)
async def c(): pass
co = c()
try:
    next(co)
except TypeError as e:
    print("te", e)
co.close()
def deep(n):
    if n: yield from deep(n - 1)
    else: yield n
total = 0
for i in range(3):
    d = deep(50)
    total += next(d)
print(total)
def boom():
    yield 1
    1 / 0
bm = boom(); next(bm)
def caller():
    return next(bm)
caller()
