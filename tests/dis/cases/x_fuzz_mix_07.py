((not a) if [*b, obj] else (..., data.attr,))
(lambda p, /, q: obj)
assert obj, {**{}, 'k': obj.x}
cm -= (-(w2 := y.y))
if c.y:
    for data in b:
        if (): x = 1
elif (lambda : True):
    class K2(Base, metaclass=M):
        x: 'S'
        (not it)
        while 1:
            class K2(object):
                (b[0],)
                a, *data = f'lit{c:>10}lit{c:.2f}lit{it!s}'
            [i for i in cm for q in i if it.y]
elif {**cm.attr, 'k': obj.y}:
    for a, x in 0:
        class K1(Base, metaclass=M):
            while 1:
                continue
                del c[0]
            if b'b':
                (f'lit{c:.2f}' not in (j for j in y))
            while 1:
                raise ValueError(cm.y)
        async def fn3(*args, **kw):
            while {**y, 'k': x[:]}:
                assert (data.y is not (True and c)), (b'b' and (y or None))
                (lambda p: (a.y and ...))
            return
            del obj[0]
            yield 1
        obj[(w1 := '')]
    else:
        obj[it]
    raise ValueError((c.m, [*cm.y, data],))
    if [*x, obj]: print(x); y = 2
