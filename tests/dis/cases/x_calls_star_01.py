def f(*a, **k):
    return a, k

args = (1, 2)
more = [3]
kw = {"x": 1}
kw2 = {"y": 2}
f(*args)
f(*args, *more)
f(0, *args, 4, *more, 5)
f(**kw)
f(**kw, **kw2)
f(a=1, **kw)
f(**kw, b=2)
f(*args, a=1, **kw, b=2, **kw2)
f(*args, **kw)
f(0, *args, a=1)
f(*[], **{})
f(*(), *(), **{}, **{})
f(*args, *[x for x in more])
f(*"abc")
f(*range(3), *{1: 2})
o = type("O", (), {"m": staticmethod(f)})()
o.m(*args)
o.m(1, **kw)
o.m(1, 2, k=3)
o.m(*args, *more, k=1)
f(x for x in args)
f((x for x in args), 1)
