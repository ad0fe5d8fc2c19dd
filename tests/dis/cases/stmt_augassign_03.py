def f(o, i):
    o.a += 1
    o[i] -= 2
    o[i:i + 1] *= 3
    o.b.c[i] += 4
