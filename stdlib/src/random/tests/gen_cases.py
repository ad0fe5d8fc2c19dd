"""Writes cases.txt: traces of random.Random calls, run by CPython 3.10 (the oracle).

Run from this directory: /work/shared/oracle/cpython310 gen_cases.py > cases.txt
Each line is `op args = result`; floats are written as 16 hex digits of their bits,
`_` stands for None, lists are comma-separated, errors are `!Class: message`.
"""
import random
import struct


def f(x):
    return struct.pack('>d', x).hex()


def lst(xs):
    return ','.join(str(x) for x in xs) or '-'


r = random.Random()
out = []


def run(line, fn):
    try:
        res = fn()
    except Exception as e:
        res = '!%s: %s' % (type(e).__name__, e)
    out.append('%s = %s' % (line, res))


def ops():
    run('random', lambda: f(r.random()))
    run('random', lambda: f(r.random()))
    for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 300, -1):
        run('getrandbits %d' % k, lambda: r.getrandbits(k))
    for n in (0, 1, 3, 16):
        run('randbytes %d' % n, lambda: r.randbytes(n).hex() or '-')
    for n in (0, 1, 2, 7, 2**32, 2**32 + 1, 10**30):
        run('randbelow %d' % n, lambda: r._randbelow(n))
    for args in ((10,), (0,), (-3,), (3, 10), (10, 3), (5, 5), (-10, 10, 3), (10, -10, -3),
                 (0, 10, 0), (0, 10, -1), (0, 1, 5), (2**70, 2**71, 12345), (5, None, 1),
                 (5, None, 2), (-2**65, 2**65)):
        a = ' '.join('_' if x is None else str(x) for x in args)
        run('randrange %s' % a, lambda: r.randrange(*args))
    for a, b in ((1, 6), (-5, 5), (0, 0), (3, 2), (0, 2**80)):
        run('randint %d %d' % (a, b), lambda: r.randint(a, b))
    for n in (1, 10, 1000):
        run('choice %d' % n, lambda: r._randbelow(n))
    for n in (0, 1, 2, 20):
        x = list(range(n))
        run('shuffle %d' % n, lambda: (r.shuffle(x), lst(x))[1])
    for n, k in ((30, 10), (1000, 10), (5, 5), (5, 6), (5, -1), (0, 0), (100, 60), (100, 0),
                 (10000, 50), (22, 5), (21, 5), (26, 6), (25, 6), (300, 64)):
        run('sample %d %d' % (n, k), lambda: lst(r.sample(range(n), k)))
    for counts, k in (((3, 1, 4), 5), ((0, 2), 2), ((0, 0), 1), ((1, 2), 4)):
        run('sample_counts %s %d' % (lst(counts), k),
            lambda: lst(r.sample(range(len(counts)), k, counts=counts)))
    for n, k in ((5, 4), (1, 3), (100, 3), (0, 0)):
        run('choices %d %d' % (n, k), lambda: lst(r.choices(range(n), k=k)))
    for w, k in (((1.0, 2.0, 3.0), 6), ((0.0, 1.0), 3), ((0.0, 0.0), 1), ((1.0, float('inf')), 1),
                 ((0.5,), 2)):
        run('choices_w %s %d' % (lst(map(f, w)), k),
            lambda: lst(r.choices(range(len(w)), weights=w, k=k)))
    for cw, k in (((1.0, 3.0, 6.0), 6), ((0.0, -1.0), 2), ((1.0, float('nan')), 1)):
        run('choices_cw %s %d' % (lst(map(f, cw)), k),
            lambda: lst(r.choices(range(len(cw)), cum_weights=cw, k=k)))
    for a, b in ((0.0, 1.0), (-5.5, 10.25), (3.0, 3.0), (10.0, -1.0)):
        run('uniform %s %s' % (f(a), f(b)), lambda: f(r.uniform(a, b)))
    for lo, hi, m in ((0.0, 1.0, None), (0.0, 10.0, 2.0), (5.0, 5.0, 5.0), (1.0, -1.0, 0.9),
                      (0.0, 1.0, 1.0)):
        run('triangular %s %s %s' % (f(lo), f(hi), '_' if m is None else f(m)),
            lambda: f(r.triangular(lo, hi, m)))
    for mu, s in ((0.0, 1.0), (10.0, 2.5), (0.0, 1.0), (-1.0, 0.5), (0.0, 1.0)):
        run('gauss %s %s' % (f(mu), f(s)), lambda: f(r.gauss(mu, s)))
    for mu, s in ((0.0, 1.0), (100.0, 15.0)):
        run('normalvariate %s %s' % (f(mu), f(s)), lambda: f(r.normalvariate(mu, s)))
        run('lognormvariate %s %s' % (f(mu), f(s / 100)), lambda: f(r.lognormvariate(mu, s / 100)))
    for l in (1.0, 0.25, -2.0, 0.0):
        run('expovariate %s' % f(l), lambda: f(r.expovariate(l)))
    for mu, k in ((0.0, 0.0), (1.0, 4.0), (-3.0, 0.5), (10.0, 100.0)):
        run('vonmisesvariate %s %s' % (f(mu), f(k)), lambda: f(r.vonmisesvariate(mu, k)))
    for a, b in ((0.5, 1.0), (1.0, 2.0), (2.5, 1.0), (30.0, 0.5), (0.0, 1.0), (1.0, -1.0),
                 (0.01, 3.0)):
        run('gammavariate %s %s' % (f(a), f(b)), lambda: f(r.gammavariate(a, b)))
    for a, b in ((2.0, 5.0), (0.5, 0.5), (1.0, 1.0), (0.0, 1.0)):
        run('betavariate %s %s' % (f(a), f(b)), lambda: f(r.betavariate(a, b)))
    for a in (1.0, 3.5, 0.0, -1.0):
        run('paretovariate %s' % f(a), lambda: f(r.paretovariate(a)))
    for a, b in ((1.0, 1.0), (2.0, 0.5), (1.0, 0.0)):
        run('weibullvariate %s %s' % (f(a), f(b)), lambda: f(r.weibullvariate(a, b)))
    for _ in range(3):
        run('random', lambda: f(r.random()))
    st = r.getstate()
    g = st[2]
    out.append('state = %s;%s' % (lst(st[1]), '_' if g is None else f(g)))


SEEDS = [0, 1, -1, 42, 12345, 2**32 - 1, 2**32, -(2**100 + 12345), 2**1000 + 7, 10**50]
for s in SEEDS:
    r.seed(s)
    out.append('seed_int %d' % s)
    ops()
for s in ('', 'hello', 'h\xe9llo \u20ac', 'a' * 300):
    r.seed(s)
    out.append('seed_bytes %s' % (s.encode().hex() or '-'))
    ops()
for s in (b'', b'abc', bytearray(b'\x00\xff' * 40)):
    r.seed(s)
    out.append('seed_bytes %s' % (s.hex() or '-'))
    ops()
print('\n'.join(out))
