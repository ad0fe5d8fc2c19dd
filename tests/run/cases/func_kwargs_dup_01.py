def f(**kw):
    return kw
print(f(a=1))
opts = {"a": 2}
print(f(**opts, b=3))
f(a=1, **opts)
