def f(seq):
    t0, t1, t2, *rest, u0, u1 = seq
    return rest
