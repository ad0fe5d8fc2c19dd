import functools
decos = [functools.cache]
class O:
    def y(self, n):
        return lambda f: f
obj = [O()]
@obj[0].y(1)
def f1(): pass
@decos[0] if decos else None
def f2(): pass
@(yield_ := functools.cache)
def f3(): pass
@lambda f: f
def f4(): pass
@f1 == f2 or functools.cache
def f5(): pass
x = [i for i in range(3)][-1:][0]
y = {**{}, **{"a": 1}}
z = print(*[], **{}) or (lambda: 0)()
w = not not not x
v = x if x else y if y else z if z else w
u = (x, *[y], *(z,), w)
