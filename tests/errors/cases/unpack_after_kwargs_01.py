def f(*args, **kwargs):
    pass
opts = {}
f(**opts, *[1, 2])
