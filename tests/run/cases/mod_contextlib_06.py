# ExitStack unwinding, exception chaining, suppress, redirect, generator managers.
import contextlib, io, sys

log = []

@contextlib.contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name
    finally:
        log.append("exit " + name)

with contextlib.ExitStack() as st:
    print(st.enter_context(tag("a")), st.enter_context(tag("b")))
    st.callback(log.append, "cb")
    st.push(lambda *a: log.append("push %s" % (a[0],)))
print(log)

# a callback raising replaces the pending exception, with the old one as context
def boom():
    raise KeyError("boom")

try:
    with contextlib.ExitStack() as st:
        st.callback(boom)
        raise ValueError("inner")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))

# suppressing callback
with contextlib.ExitStack() as st:
    st.push(lambda t, v, tb: True)
    raise IndexError
print("suppressed by push")

with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppress ok")

try:
    with contextlib.suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError", e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as f:
    print("hidden")
print(repr(buf.getvalue()), f is buf)

@contextlib.contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextlib.contextmanager
def twice():
    yield
    yield

try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")

with swallow():
    1 / 0

@swallow()
def f(x):
    return 10 / x

print(f(2), f(0))

@contextlib.contextmanager
def reraise_stop():
    yield

try:
    with reraise_stop():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration", e)

print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Duck, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
with contextlib.nullcontext(5) as v:
    print(v)
print(tag.__name__, tag("z").__doc__ is not None)

class Res:
    def close(self): print("closed")
with contextlib.closing(Res()) as r:
    print(type(r).__name__)

st = contextlib.ExitStack()
st.callback(print, "moved")
st2 = st.pop_all()
st.close()
st2.close()

