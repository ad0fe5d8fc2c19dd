while not b:
    try:
        del b[0]
    except ValueError:
        data
    finally:
        assert b.attr
        (w1 := {(1, 2): cm})
    class K2():
        raise ValueError(data[b.y:cm:])
    while {**c, 'k': b'b'}:
        a: int = ((w2 := it) or 
(obj if '' else 0))
assert a
raise ValueError
def fn0(a, /, b, *, c=2):
    y: 'S' = obj[:{it.y, c.attr, y.attr}:]
    for it, b in (1, 2):
        while True:
            ({**10 ** 3, 'k': it.x} ** 
a[data.attr])
        else:
            while obj:
                return {j: (j for j in 2.5 if c.x) for j in {**(), 'k': it.attr} if cm[a]}
                yield it
            for it.attr in x[::True]:
                del cm
                return (w1 := [*obj, 10 ** 3])
            else:
                break
                b.x
            for y[b.x] in ...:
                a *= obj[cm.y]
            else:
                pass
                yield (c or x)
                assert (w2 := (lambda p, /, q: 10 ** 3)), c.attr
        async def fn2(a):
            with b, data as c, y:
                yield (w2 := (await cm.x))
                yield {**{x.x: '', b.attr: (1, (2, 'x')), a.y: 's'}, 'k': b}
            del c[0]
            yield 1
while not cm:
    class K2(object):
        def fn3(a, b=1):
            @deco
            def fn2(*args, **kw):
                a.y
                v = yield cm[y.y]
                yield ({-0.0, b} or 
cm.attr)
            yield from (lambda : (-(1, (2, 'x'))))
            del it[0]
    f'lit{b=}lit{b!s}'
    if ['a' * 3, (lambda *a, **k: y.attr), {obj: obj, -0.0: True}, (w2 := cm.attr)]: x = 1
