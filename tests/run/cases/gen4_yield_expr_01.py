# yield as an expression: precedence, tuples, as call arguments.
def gen():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    z = yield x, y
    print("z =", z)
    print((yield), (yield))
    return "end"

g = gen()
next(g)
print(g.send(1))
print(g.send(5))
print(g.send("z"))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("stop", e.value)

def yields_none():
    yield
    yield None
print(list(yields_none()))
