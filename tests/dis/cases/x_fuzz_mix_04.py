async def fn4(a, /, b, *, c=2):
    with b as c:
        y[(not 1j)] = {**a[(1, (2, 'x'))], 'k': (a.x if -0.0 else cm)}
    if c.x: x = 1
    yield 1
with c as y:
    assert {f'lit{obj:>10}lit{obj!r:^{w}}', it.attr}, (b // 
b(a, c))
@deco(1)
def fn4(*args, **kw):
    with y as (p, q):
        x -= a.attr
def fn3(a, /, b, *, c=2):
    for i in {**x.attr, 'k': x[x.y]}:
        try:
            if (data.attr is (-y) is obj.x in ''): print(x); y = 2
        finally:
            obj: list[int]
    for i in '':
        try:
            try:
                raise ValueError(obj)
                pass
            finally:
                b, *y = (not data[c])
                (not cm.y)
                del data[0]
            with obj as (p, q):
                a: 'S' = 's'
                return (w1 := ())
                return
            for i in (data, (lambda p: y.attr), x,):
                try:
                    data: 'S' = True
                finally:
                    pass
                    f'lit{obj=}lit{a}'
                    return {{cm: c.attr, True: a.x, b.attr: x}: y, (-1 if c else c): {**y.attr, 'k': data}, (cm.attr, obj.x,): {**x.x, 'k': cm}}
        finally:
            if c.attr: x = 1
    ...
if (it - 1): print(x); y = 2
if [*a.x, (lambda *a, **k: data.attr)]: x = 1
