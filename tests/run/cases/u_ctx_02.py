from contextlib import contextmanager, ExitStack, closing, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("html"):
    with tag("body") as b:
        print("content", b)

@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print("rolled back:", e)
    else:
        print("committed")

db = {"a": 1}
with transaction(db) as d:
    d["b"] = 2
with transaction(db) as d:
    d["c"] = 3
    raise RuntimeError("constraint violated")
print(db)

class Conn:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)

with closing(Conn(1)) as c:
    print("using", c.n)
with ExitStack() as stack:
    conns = [stack.enter_context(closing(Conn(i))) for i in range(2, 5)]
    stack.callback(print, "callback ran")
    print("opened", [c.n for c in conns])
with nullcontext(42) as v:
    print(v)

@contextmanager
def bad():
    yield 1
    yield 2

try:
    with bad():
        pass
except Exception as e:
    print(f"{type(e).__name__}: {e}")
