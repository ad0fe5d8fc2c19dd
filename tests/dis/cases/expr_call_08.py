def f(g, a):
    return g(a)(a)(a)
