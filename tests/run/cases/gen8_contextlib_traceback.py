import traceback
from contextlib import contextmanager, closing, asynccontextmanager, aclosing
def show(f):
    try:
        f()
    except BaseException:
        traceback.print_exc()
@contextmanager
def before():
    raise KeyError("before")
    yield
@contextmanager
def after():
    yield
    raise KeyError("after")
@contextmanager
def noyield():
    if 0: yield
@contextmanager
def twice():
    yield
    yield
@contextmanager
def convert():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
@contextmanager
def yield_after_throw():
    try:
        yield
    except ValueError:
        yield
@contextmanager
def passthru():
    yield
def s1():
    with before(): pass
def s2():
    with after(): pass
def s3():
    with noyield(): pass
def s4():
    with twice(): pass
def s5():
    with convert(): raise ValueError("v")
def s6():
    with yield_after_throw(): raise ValueError("v")
def s7():
    with passthru(): raise ValueError("plain")
@passthru()
def decorated():
    raise IndexError("in decorated")
@before()
def decorated2():
    pass
def s10():
    with convert(): raise StopIteration("si")
class Thing:
    def close(self): raise OSError("close failed")
def s11():
    with closing(Thing()): pass
def badgen():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def s12():
    with closing(badgen()) as g: next(g)
@contextmanager
def rt():
    try:
        yield
    except RuntimeError:
        raise RuntimeError("other")
def s13():
    with rt(): raise RuntimeError("first")
for f in [s1, s2, s3, s4, s5, s6, s7, decorated, decorated2, s10, s11, s12, s13]:
    print("==", f.__name__)
    show(f)
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e:
        return e.value
@asynccontextmanager
async def abefore():
    raise KeyError("abefore")
    yield
@asynccontextmanager
async def aafter():
    yield
    raise KeyError("aafter")
@asynccontextmanager
async def anoyield():
    if 0: yield
@asynccontextmanager
async def atwice():
    yield
    yield
@asynccontextmanager
async def aconvert():
    try:
        yield
    except ValueError as e:
        raise TypeError("aconverted") from e
@asynccontextmanager
async def ayat():
    try:
        yield
    except ValueError:
        yield
async def a1():
    async with abefore(): pass
async def a2():
    async with aafter(): pass
async def a3():
    async with anoyield(): pass
async def a4():
    async with atwice(): pass
async def a5():
    async with aconvert(): raise ValueError("v")
async def a6():
    async with ayat(): raise ValueError("v")
@aafter()
async def adecorated():
    raise IndexError("adec")
class AThing:
    async def aclose(self): raise OSError("aclose failed")
async def a8():
    async with aclosing(AThing()): pass
for f in [a1, a2, a3, a4, a5, a6, adecorated, a8]:
    print("==", f.__name__)
    show(lambda: run(f()))
