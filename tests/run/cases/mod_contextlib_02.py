import contextlib, io
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    print("body")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print("captured:", repr(buf.getvalue()))
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using")
with contextlib.nullcontext(5) as v:
    print(v)
@contextlib.contextmanager
def broken():
    yield 1
    yield 2
try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
