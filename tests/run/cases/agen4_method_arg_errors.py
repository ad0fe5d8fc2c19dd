import sys
async def gen():
    yield 1
g = gen()
a = g.__anext__()
T = type(g)
A = type(a)
tests = [
    lambda: T.asend(1, 2),
    lambda: T.__anext__(1),
    lambda: A.send(g, 1),
    lambda: A.send(a),
    lambda: T.ag_running.__get__(1),
    lambda: T.__dict__['ag_frame'].__get__(a),
    lambda: type(g.aclose()).throw(a, ValueError),
    lambda: g.asend(),
    lambda: g.aclose(1),
    lambda: g.athrow(x=1),
    lambda: a.throw(),
    lambda: a.close(1),
    lambda: sys.get_asyncgen_hooks(1),
    lambda: type(anext(g, 1))(),
    lambda: A(),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
