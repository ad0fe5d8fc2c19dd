# An exception the sub-generator does not handle raises at the `yield from`.
def inner():
    yield "a"
    yield "b"

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "handled"
    yield "after"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))

def outer2():
    yield from inner()

g = outer2()
next(g)
g.throw(IndexError("unhandled at depth"))
