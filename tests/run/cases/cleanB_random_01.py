import random
r = random.Random(99)
print(r.random(), r.getrandbits(70), r.randbytes(5))
for seed in (0, -5, 2**80, 3.25, "abc", b"abc", bytearray(b"xy"), (1, 2)):
    r.seed(seed)
    # Hash-seeded values depend on the platform's hash width: not printed.
    print(repr(seed), r.randrange(1000) if not isinstance(seed, (float, tuple)) else "")
r.seed("abc", version=1); print(r.random())
s = r.getstate(); print(s[0], len(s[1]), s[2])
a = r.random(); r.setstate(s); print(a == r.random())
r.setstate((2, tuple(x - 2**32 if x >= 2**31 else x for x in s[1]), s[2])); print(a == r.random())
try: r.setstate((4, s[1], s[2]))
except ValueError as e: print("ValueError:", e)
r.seed(5)
print(r.randrange(10), r.randrange(5, 50), r.randrange(100, 0, -7), r.randrange(3.0), r.randint(-3, 3))
for args in ((0,), (5, 5), (1.5,), (0, 10, 0), (0, 10, 2.5)):
    try: print(r.randrange(*args))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(r.sample(["a", "b", "c"], 2, counts=[1, 5, 2]), r.sample(range(10), k=10))
for bad in (lambda: r.sample({1, 2}, 1), lambda: r.sample([1, 2], 3), lambda: r.sample([1], 1, counts=[1, 2]),
            lambda: r.choices([1, 2], [1, 1], cum_weights=[1, 2]), lambda: r.choices([1, 2], [1]),
            lambda: r.choice([]), lambda: r.sample([1], -1)):
    try: print(bad())
    except (ValueError, TypeError, IndexError) as e: print(type(e).__name__, e)
print(r.choices("xyz", cum_weights=[1, 1, 10], k=6), r.choices(range(4), k=3))
print([round(f(), 8) for f in (lambda: r.uniform(2, 3), lambda: r.triangular(), lambda: r.triangular(0, 10, 2),
      lambda: r.lognormvariate(0, 1), lambda: r.expovariate(2), lambda: r.vonmisesvariate(1, 2),
      lambda: r.gammavariate(2, 3), lambda: r.gammavariate(0.5, 1), lambda: r.betavariate(2, 5),
      lambda: r.paretovariate(3), lambda: r.weibullvariate(1, 2))])
x = list("abcdefgh"); r.shuffle(x); print(x)
print(isinstance(random.SystemRandom(), random.Random), random.Random.VERSION)
class MyR(random.Random):
    pass
m = MyR(3); print(m.randint(1, 6), MyR(3).choice("abcdef"))
random.seed(11); print(random.random(), random.randint(1, 10), random.gauss(0, 1))
print(sorted(n for n in random.__all__)[:5])
