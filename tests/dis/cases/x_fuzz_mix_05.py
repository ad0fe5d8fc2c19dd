async def fn1(*args, **kw):
    async with a:
        del x
    yield 1
y: int = c((lambda *a, **k: x.attr), (None != -0.0 <= 
data), obj.m(y.attr, it, True, *cm.attr, **b.attr))
while True:
    class K0():
        if a.attr: x = 1
        with a, x, a as (p, q):
            for a in (-(x.x if 'a' * 3 else c)):
                ([*0, x] and 
c)
            else:
                a.x
                raise ValueError({**1, 'k': None})
                f'lit{it!r:^{w}}lit{data:{w}}lit{b}'
        raise KeyError from None
    class K0():
        (c ^ 10 ** 3)
        while ({cm.attr: it.attr, (1, 2): b'b'} if (not c) else [obj, y.x, b, a]):
            ((cm.attr if c.attr else b.x) / obj.y)
            assert (lambda : a), it.attr
            if it.x: print(x); y = 2
        with cm:
            if {x}:
                (f'lit{a}lit{c=}' or 10 ** 3)
            else:
                (it << (not obj))
                raise ValueError
                obj: int
            (1, 2)
            if {(x.x if obj.x else y.x), 0, data['a' * 3:0]}: x = 1
    if obj[{a.x: cm, x: c}]:
        with y:
            {i for i in 0}
    elif a.y:
        pass
    elif ((a or x.x) and [a.y]):
        y.attr
        class K0(object):
            data
            pass
            ([*10 ** 3, it.y], False,)
        x.attr = {**(--1), 'k': (not data.x)}
class K0(Base, metaclass=M):
    class K0(object):
        {}
        [*b, 's']
while not c:
    while (((1, 2) if 's' else x.x),):
        class K1():
            y.m
            obj.attr = (lambda p: cm.attr)
            cm -= b
        ((w1 := True) is not a[()] <= {it: c.attr} is not (... not in (1, (2, 'x')) is not c != data.y))
    if (w2 := {cm: b.y}): print(x); y = 2
else:
    if f'lit{a:.2f}': print(x); y = 2
    pass
