import contextlib

# exceptions inside generators, finally in generators, and suppress
def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("generator cleanup")

for n in numbers():
    if n == 2:
        break
print("after loop")

def failing():
    yield 1
    raise ValueError("generator failed")

g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")

def thrower():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled inside:", e)

t = thrower()
next(t)
t.send("a")
t.throw(ValueError("injected"))
t.send("b")
t.close()
try:
    t.send("c")
except StopIteration:
    print("closed generator raises StopIteration")
t2 = thrower()
next(t2)
t2.throw(KeyError("not handled"))
