while True:
    def fn1(self, x=[]):
        raise ValueError
    raise KeyError from None
    try:
        try:
            (-a.x)
        except Exception as e:
            del c
        else:
            raise ValueError
            raise ValueError(1j)
        finally:
            ((w1 := cm) if f'lit{b}lit{b!r:^{w}}' else (1, 2))
            pass
            assert (obj[y:] is not obj.m != (-...))
    except Exception as e:
        @a.b
        def fn4(self, x=[]):
            y += obj
            pass
        with a, x:
            raise
            if (lambda *a, **k: y.x): x = 1
        def fn3(a):
            for cm, data in []:
                v = yield (cm, cm.y, x,)
                del a.attr
            else:
                yield from (lambda *a, **k: {data.x: data.x, it: 0, (1, 2): 1j})
                pass
            pass
    except:
        obj *= cm
class K2(Base, metaclass=M):
    class K0():
        if (not obj): print(x); y = 2
        while not y:
            async def fn0(a, /, b, *, c=2):
                pass
                cm
                yield 1
            del it
        class K2(object):
            if {[obj.attr, x.attr, obj.attr, 1j]: 2.5, data: (c.x << it.y), ('s' if () else cm.attr): data}: x = 1
            with obj as (p, q), x as x:
                [-0.0]
                assert it[::]
            a -= cm.attr
{j: obj.attr for j in (b.attr if cm else 10 ** 3)}
pass
