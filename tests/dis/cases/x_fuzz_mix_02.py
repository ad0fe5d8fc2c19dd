((not b) * {b.y, 1, obj.y})
assert b.attr
(not obj)
with c, y as (p, q), it as b:
    assert a[::], 's'
    pass
for i in (obj.x / (b.x, 1j,)):
    try:
        def fn3(self, x=[]):
            for i in (w1 := b.attr):
                try:
                    for c.attr in b.x:
                        cm: int = x
                        raise KeyError from None
                    for c in c:
                        {j: data.y for j in c}
                    async def fn4(a, b=1):
                        (not y.y)
                        yield 1
                finally:
                    raise
    finally:
        if (1, f'lit{x!r}', y.x,):
            obj, it = (not obj)
            break
        elif b.y:
            del cm.attr
            assert it.attr, b
            ...
        else:
            assert c, c.x
b, x = obj[::(w1 := obj)]
