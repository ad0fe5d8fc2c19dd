while not it:
    pass
    if {k for k in b.attr}:
        break
    elif a.x:
        async def fn4(a):
            data
            10 ** 3
            yield 1
        while b:
            data //= {data.x: obj.x}
            raise
            b
        else:
            pass
        10 ** 3
it
with c, data, b as c:
    for i in 2.5:
        try:
            while 1:
                for obj.attr in x:
                    del obj.attr
                else:
                    raise ValueError
            obj: 'S'
            while True:
                while not obj:
                    pass
                    pass
                    b
                else:
                    c, b = [*'', 10 ** 3]
                {**obj.attr, 'k': a.m(key=(), **obj)}
                @deco
                async def fn0(self, x=[]):
                    raise ValueError
                    del b
            else:
                @deco
                def fn2(a):
                    yield (w2 := b[b:0:obj.x])
                for b, *data in [i for i in b if [j for j in 1]]:
                    (1, 2)
                    data.attr.m(obj.attr, (it.y and 
c.x))
        finally:
            for i in [*obj, b.x]:
                try:
                    y.x
                    (-0.0, True,)
                finally:
                    assert x, {**{c: b.attr}, 'k': (1 if 10 ** 3 else 2.5)}
            try:
                while y[{x, data.attr}::obj[10 ** 3]]:
                    -1
                    pass
            except Exception as e:
                while data.x:
                    cm += ((data if cm else a) if {**x.attr, 'k': it} else [*y.attr, True])
                else:
                    cm: int
                    raise ValueError
            for a.attr in '':
                b.m(b'b')
    b: list[int] = ({cm: c, (1, 2): data, it.attr: False} is ('' & 's'))
if cm[:a.attr.m():]: x = 1
