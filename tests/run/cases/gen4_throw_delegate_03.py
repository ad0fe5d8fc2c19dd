# Sub-generator returns a value in response to a thrown exception.
def inner():
    try:
        yield 1
    except ValueError:
        return "inner result"

def outer():
    r = yield from inner()
    print("got", r)
    yield "next"
    return "done"

g = outer()
print(next(g))
print(g.throw(ValueError))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
