from __future__ import annotations

class C:
    a: int
    b: ClassVar[Final[int]] = 1
    c: "forward"
    d: Tuple[()] = ()
    e: x.y.z
    g: a if b else c if d else e
    h: (a if b else c) if d else e
    i: lambda: (yield)
    j: lambda *a, b=1, **c: None
    k: lambda a, /, b, *, c: a
    l: ~a + +b - -c
    m: a @ b // c % d << e >> f & g ^ h | i
    n: not (a == b)
    o: (not a) == b
    p: a ** b ** c
    q: (a ** b) ** c
    r: (-1) ** 2
    s: -(1 ** 2)
    t: a[b:c, d:e]
    u: a[:, ...]
    v: f"{a=}" f"{b!s}" "{c}"
    w: f"{'nested' + f'{x}'}"
    x2: {**a, 'b': 1}
    y2: [*a, *b]
    z2: (*a, b)
    aa: a.b(c)(d)[e].f
    bb: (1).real
    cc: 1.0.real
    dd: "a" "b"
    ee: f(x for x in y)
    ff: f((x for x in y), z)
    gg: {1: 2}[1]
    hh: -(-(1))
    ii: a is not b
    jj: (a, *b)[0]
    kk: f"{x:{y}.{z}f}"
    ll: f"{ {1: 2}[1] }"
    mm: 1e16
    nn: 1.5 + 2j
    oo: -1j
    pp: float('inf')
