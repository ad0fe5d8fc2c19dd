async def fn1():
    [*a[-1], {k for k in obj.y for q in k}]
class K2(Base, metaclass=M):
    raise ValueError(it.x)
    try:
        with b as (p, q), cm as c, cm:
            def fn2(a):
                b'b'
                y += {**(y if y else -0.0), 'k': (cm or y.attr)}
                pass
        for i in (-{'', (), x.x}):
            try:
                while not cm:
                    pass
            finally:
                with c, it, it as a:
                    (not x)
                    pass
                it: 'S' = []
                a[:]
    except (KeyError, IndexError):
        it
        async def fn2(*args, **kw):
            if {i for i in cm}: print(x); y = 2
            for obj in a:
                [*[], it.attr]
                yield c.x
            yield 1
        c, cm = (-...)
    except Exception as e:
        it.x
        y: list[int]
    except:
        while not x:
            class K1(object):
                raise ValueError
                {**(w1 := cm.x), 'k': {a.attr}}
                (not (10 ** 3 & obj))
    finally:
        del c
f'lit{a!r:^{w}}lit{a!s}lit{x:{w}}'
while 1:
    class K2(Base, metaclass=M):
        b: int = ({cm.x} if y else obj[::])
        data.attr
        for data in x.y:
            assert ((lambda p, q=1: b) - it[()]), b[(x > 
it < 
x.attr)]
        else:
            while obj[data]:
                assert (lambda *a, **k: (1, 2))
                assert [{(1, (2, 'x')): c, a: ...}, b'b']
else:
    y += ([data.attr] != () <= [cm.y, '', a])
