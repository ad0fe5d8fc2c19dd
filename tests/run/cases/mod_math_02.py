import math
print(math.log(2 ** 1000), math.log10(10 ** 400), math.log2(2 ** 2000), math.log(100, 10))
print(math.pow(2, 10), math.pow(0, 0), math.fmod(10, 3), math.copysign(1, -0.0))
print(math.isqrt(99), math.comb(50, 25), math.perm(10), math.perm(5, 0), math.gcd(), math.lcm())
print(math.floor(-0.5), math.ceil(0.1), math.trunc(1e20), math.frexp(0.0), math.modf(-2.5))
print(math.hypot(1, 2, 2), math.dist([1, 1], [4, 5]), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.expm1(1e-10), math.log1p(1e-10), math.erf(1.0), math.gamma(5))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.degrees(1), math.radians(90), math.atan2(-1, -1), math.tanh(0.5), math.asinh(1))
for f, args in [(math.exp, (1000,)), (math.pow, (10, 400)), (math.log, (-1,)), (math.sqrt, (float("inf"),)),
                (math.factorial, (-2,)), (math.comb, (-1, 2)), (math.isqrt, (-4,)), (math.ldexp, (1.0, 5000)),
                (math.fmod, (1, 0)), (math.log, (10, 1)), (math.gcd, (1.5,))]:
    try:
        print(f.__name__, f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
