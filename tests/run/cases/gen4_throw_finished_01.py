# throw() and close() on finished or never started generators.
def gen():
    try:
        yield 1
    finally:
        print("finally")

g = gen()
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("raised", e)
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("exhausted")

g = gen()
next(g)
g.close()
try:
    g.throw(KeyError("after close"))
except KeyError as e:
    print("raised", repr(e))
print(g.close())
g = gen()
g.close()
print("closed unstarted", g.gi_frame)
g.throw(RuntimeError("traceback from a finished generator"))
