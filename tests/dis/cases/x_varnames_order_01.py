def f1():
    x = (y := 1)
    return x, y


def f2(lst):
    lst[(i := 0)] = (j := 1)
    return i, j


def f3():
    a: int = (b := 1)
    c += (d := 1)
    return a, b, c, d


def f4(it):
    for t in (u := it):
        pass
    with open(v := "f") as w:
        pass
    return t, u, v, w


def f5():
    g(k=(z := 1), *(q := ()), **(r := {}))
    return {(k1 := 1): (v1 := 2)}, z, q, r, k1, v1


def f6(seq):
    return [(e1 := x) for x in seq if (c1 := x)], e1, c1


def f7():
    try:
        pass
    except Exception as exc:
        pass
    import os.path as osp
    from sys import argv as av
    del zz
    zz = 1
    return exc, osp, av


def f8(a, b=2, *c, d, e=5, **f):
    h = lambda m=(n := 1): m
    def inner(p=(o := 2)):
        return p
    class K(base := object):
        pass
    return h, inner, K, n, o, base


def f9():
    x1, (x2, *x3), x4.attr, x5[0] = it
    return x1, x2, x3


def f10(o):
    o.a, o.b = (l1 := 1), (l2 := 2)
    [*l3], l4 = l5 = o
    return l1, l2, l3, l4, l5
