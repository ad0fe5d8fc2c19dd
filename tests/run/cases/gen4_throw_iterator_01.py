# Delegating to a plain iterator: without a throw method the exception raises at the
# `yield from`; with one, it gets the arguments throw() was given.
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(99)
        return self.n

def outer():
    try:
        x = yield from Counter()
        print("x", x)
    except KeyError as e:
        print("caught", repr(e))
        yield "ok"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(list(outer()))

class WithThrow(Counter):
    def throw(self, *args):
        print("WithThrow.throw", args)
        if args[0] is StopIteration:
            raise StopIteration("finished by throw")
        return "thrown value"
    def close(self):
        print("WithThrow.close")

def outer2():
    r = yield from WithThrow()
    print("r", r)
    yield "end"

g = outer2()
print(next(g))
print(g.throw(KeyError("q")))
print(g.throw(KeyError, "v"))
print(g.throw(StopIteration))
g.close()
g = outer2()
next(g)
g.close()
