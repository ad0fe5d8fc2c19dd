while 1:
    while True:
        @deco(1)
        def fn2(*args, **kw):
            data //= ([data, it, 10 ** 3, it] % 
{**a.x, 'k': c.attr})
            with x as (p, q), obj as (p, q), obj as (p, q):
                assert (not (lambda p: True))
                data, a = [*..., b.attr]
else:
    class K2(Base, metaclass=M):
        (data if {**obj, 'k': ...} else (a.attr if y else b))
    (w1 := y.attr)
del b.attr
assert [k for k in False if (-1, c, True,)]
cm[(cm.attr if 0 else a)] = []
@deco(1)
async def fn0(a, /, b, *, c=2):
    {(2.5 or it.x): (-cm.y), (None ^ 0): [data.x, data.attr]}
    while 1:
        v = yield (it or obj[obj])
    for y in it.x:
        class K1():
            y //= [i for i in y.y]
            pass
        try:
            if f'lit{data!r:^{w}}':
                continue
                data: list[int] = ({data.attr, obj, x} if (x != obj.x == cm) else b.x)
                x: int = (w1 := (not data.y))
            class K0():
                assert {y}, ((cm if c.x else 0) - 
data)
        finally:
            pass
    yield 1
