import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with contextlib.suppress(KeyError, IndexError):
    [][0]
print("suppressed")
with tag("outer"):
    with tag("inner"):
        pass
try:
    with tag("err"):
        raise ValueError("in body")
except ValueError as e:
    print("propagated", e)
