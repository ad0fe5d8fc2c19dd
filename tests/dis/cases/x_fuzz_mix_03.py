while not x:
    del y
    class K0(Base, metaclass=M):
        try:
            del b.attr
            cm[(-data.attr)]
            del data
        except (KeyError, IndexError):
            raise KeyError from None
        else:
            data.attr
        obj
async def fn3():
    try:
        with a as x, it as a:
            if a.attr: print(x); y = 2
            if ((w2 := c.attr),): print(x); y = 2
            try:
                del obj[0]
                del data.attr
                {i: 1 for i in c.attr.m(data, (1, 2), y, k=2.5)}
            except ValueError:
                a: int = (y[(1, 2)::y.attr] - a.y)
            except ValueError:
                pass
                (not {})
            else:
                (not data.m)
                pass
            finally:
                pass
                del c
    except (KeyError, IndexError):
        {**(data % y.attr), 'k': obj.m(a, **c.x)}
    except (KeyError, IndexError):
        while (await it[cm.y::]):
            while {(await obj), (cm.y,)}:
                {(lambda *a, **k: a.attr): {data.attr, 1, b.y}}
                (2.5, [x.x, x],)
                yield {**b.x, 'k': b()}
            if {(lambda p: 's'): (-data.y), (yield): (w2 := 1j)}:
                1
                assert [*x.x, [cm, 's']]
                yield [x[y]]
    except:
        assert [*obj[c.x], {k for k in a.y for q in k if 1}], {**(lambda p: obj), 'k': (1, (2, 'x'))}
        a, b = (obj.y if cm else a.y)
        raise
    assert x.x
    class K2():
        obj, it = {**c.x, 'k': cm.attr}
    yield 1
while 1:
    for a.attr in (-0.0 < (x.y if data else None) < obj == {**b, 'k': -0.0}):
        obj
        for i in x:
            try:
                for c.attr in (b, b,):
                    a[obj.y] = ...
                    cm |= {}
            finally:
                data
                (cm,)
                c: list[int]
