class K1(Base, metaclass=M):
    for i in (-(not obj)):
        try:
            pass
            class K1(object):
                for x.attr in (data is (-1 and -0.0) in y):
                    {-0.0: b'b', it.y: b.attr}
        finally:
            c //= obj.attr
    with obj as (p, q), a, obj as a:
        try:
            try:
                del data[0]
            except (KeyError, IndexError):
                obj: list[int]
                x: list[int]
            except (KeyError, IndexError):
                c: 'S'
                f'lit{data=}lit{b}'
            finally:
                x += c[a(**it):]
                del y[0]
        except (KeyError, IndexError):
            if (not (w2 := None)):
                {**[], 'k': c}
            elif {it: b.x}:
                obj[(-1, 0, (),)] = c.attr
                raise
                it += a
            elif cm:
                [*cm.attr, {}]
                b |= (b if x else data)
                obj, *obj = b'b'
            if data: print(x); y = 2
        except (KeyError, IndexError):
            @deco
            async def fn1(self, x=[]):
                return
                yield 1
raise ValueError([obj.attr])
if {**f'lit{y:>10}', 'k': a}: x = 1
if {**(-0.0 if y.attr else b.x), 'k': 1j}: x = 1
while True:
    break
    a: list[int]
if 2.5: x = 1
