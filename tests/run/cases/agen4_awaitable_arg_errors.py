async def gen():
    yield 1
g = gen()
a = g.__anext__()
t = g.aclose()
for f in (lambda: a.throw(), lambda: a.throw(1,2,3,4), lambda: a.throw(ValueError, x=1), lambda: t.throw(), lambda: t.send(), lambda: t.close(1), lambda: anext(g,1).send(), lambda: anext(g, 1).throw()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
