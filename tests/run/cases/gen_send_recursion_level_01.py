# The call of send()/next() counts a recursion level while the generator runs, as in CPython.
import sys
def g():
    while True:
        x = yield
        if x == "deep":
            def r(k):
                return r(k + 1)
            try:
                r(0)
            except RecursionError:
                yield sys._getframe().f_back is not None
def at(k, fn):
    if k:
        return at(k - 1, fn)
    return fn()
sys.setrecursionlimit(60)
for k in range(40, 60):
    gen = g(); next(gen)
    try:
        print(k, at(k, lambda: gen.send(1)), at(k, lambda: next(gen)))
    except RecursionError as e:
        print(k, "RecursionError")
def count():
    n = 0
    def r():
        nonlocal n
        n += 1
        r()
    gen = g(); next(gen)
    try:
        r()
    except RecursionError:
        pass
    return n
def inside():
    yield count()
    yield count()
gen = inside()
print(next(gen), gen.send(None), count())
gen = inside()
print(next(gen), next(gen))
print([x for x in inside()])
