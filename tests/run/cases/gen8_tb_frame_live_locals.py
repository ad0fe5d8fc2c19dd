import sys
def show(tb):
    while tb:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, sorted(k for k in f.f_locals if not k.startswith('__')))
        tb = tb.tb_next
def inner(a):
    b = a * 2
    raise ValueError(b)
def outer():
    x = 1
    try:
        inner(x)
    except ValueError:
        show(sys.exc_info()[2])
        y = 2
        print(sorted(sys.exc_info()[2].tb_frame.f_locals))
    return sys.exc_info()
outer()
try:
    inner(5)
except ValueError as e:
    show(e.__traceback__)
    saved = e
show(saved.__traceback__)
class K:
    try:
        inner(1)
    except ValueError as e:
        show(e.__traceback__)
def gen():
    z = 3
    try:
        yield inner(z)
    except ValueError as e:
        show(e.__traceback__)
        yield 1
g = gen()
next(g)
def getf():
    q = 1
    yield sys._getframe()
    yield sys._getframe()
it = getf()
f = next(it)
print(f.f_back, f.f_locals)
f2 = next(it)
print(f2.f_back)
def who():
    return next(getf()).f_back
print(who())
def running():
    me = sys._getframe()
    yield me.f_back.f_code.co_name
    yield me.f_back
r = running()
print(next(r), next(r))
