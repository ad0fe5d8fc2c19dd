# Context manager that changes and restores state; reentrancy; exit return values
import contextlib

class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *a):
        self.level -= 1
    def print(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.print("hi")
    with ind:
        ind.print("hello")
        with ind:
            ind.print("bonjour")
    ind.print("hey")

settings = {"precision": 2}

@contextlib.contextmanager
def setting(**kw):
    old = {k: settings.get(k) for k in kw}
    settings.update(kw)
    try:
        yield settings
    finally:
        settings.update(old)

with setting(precision=5) as s:
    print(s["precision"], f"{3.14159265:.{s['precision']}f}")
print(settings)
try:
    with setting(precision=9):
        raise KeyError("inside")
except KeyError as e:
    print("still raised", e, settings)

class ReturnsTruthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"

with ReturnsTruthy():
    raise Exception("swallowed because __exit__ returned a truthy value")
print("after")
with contextlib.redirect_stdout(None):
    pass
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except Exception as e:
    print(f"{type(e).__name__}: {e}")
