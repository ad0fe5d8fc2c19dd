def f(a):
    with a:
        g()
    h()
