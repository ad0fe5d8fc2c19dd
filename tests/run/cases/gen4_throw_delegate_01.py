# throw() passes through `yield from` to the sub-generator, which may handle it.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("result", r)
    except ValueError as e:
        print("outer caught", e)
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(g.gi_yieldfrom)
g.close()
