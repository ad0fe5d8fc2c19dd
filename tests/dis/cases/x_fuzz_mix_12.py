class K2(object):
    async def fn4():
        (x.m | (yield))
        raise KeyError from None
        yield 1
    assert (-c)
if (x in 
(() if cm.y else y.y)): x = 1
try:
    cm[(w2 := data)] = (-cm)
    a |= (True << (1, x, a.x,))
    (it.x,)
finally:
    -0.0
    b *= b
    if {b'b': (a.y - obj)}: x = 1
False
[*(not (1, (2, 'x'))), (2.5 % ...)]
while not cm:
    try:
        raise ValueError
    except (KeyError, IndexError):
        try:
            c.attr.m(b,
 1,
 True)
            for i in [*10 ** 3, [*it.y, None]]:
                try:
                    break
                finally:
                    obj |= ((a if -1 else 1) - y)
        finally:
            (x.y and obj.y)
        while True:
            with x as (p, q), data as (p, q), b as (p, q):
                b: int = data.x
                (not {(1, (2, 'x')): y, b: data.y, False: obj})
                obj: int
            if data: x = 1
        with a as (p, q), a as c:
            if c.y: x = 1
            with obj as b:
                b: 'S'
            break
    except Exception as e:
        del c.attr
        {b: (it if y.y else obj)}
        ({**y, 'k': None},)
    except:
        if obj: x = 1
        for it in obj:
            for c, y in {(y % it.y)}:
                (a or a.y)
                x |= b[cm:a.attr:(k for k in 'a' * 3 if 1j)]
                pass
        else:
            cm: list[int]
    finally:
        raise ValueError((-(10 ** 3 ^ -1)))
        if b.attr: print(x); y = 2
    data.attr
