x = 1
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7
x <<= 1; x >>= 1; x &= 3; x |= 4; x ^= 5
x @= x
l = [1, 2]
l[0] += 1
l[1:2] += [3]
l[-1] **= 2


class O: pass
o = O(); o.a = 0
o.a += 10
d = {}
d.setdefault("k", []).append(1)
d["k"] += [2]


def f(a, b):
    a.b.c += 1
    a[b][b] -= 1
    a[b, b] *= 2
    a[b:] //= 3
    b += (yield)
    return a
