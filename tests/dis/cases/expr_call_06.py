def f(o, a):
    o.method(a)
    o.method(a, k=1)
    o.method(*a)
    return o.a.b.method()
