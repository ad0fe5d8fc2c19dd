# Return values: StopIteration.value, yield from results, and for loops ignoring them.
def gen():
    yield 1
    return "result"

def delegate():
    r = yield from gen()
    print("delegate got", r)
    r2 = yield from []
    print("empty delegate got", r2)
    return (r, r2)

print(list(delegate()))
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)

def returns_tuple():
    return (1, 2)
    yield

try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)

def returns_none():
    yield
    return None

g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
