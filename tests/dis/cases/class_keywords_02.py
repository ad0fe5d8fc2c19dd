def f(bases, kw):
    class C(*bases, **kw):
        pass
    return C
