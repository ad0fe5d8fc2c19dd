# Fraction construction, parsing, arithmetic with mixed types, rounding and hashing.
from fractions import Fraction as F
import math

for s in ["3/7", " -1.25e3 ", "+.5", "1_000/3", "7e-2", "1.", "-0", "12E+2", "4/-2", "1__0", "_1", "1/", ".", "1 /2", "abc", "1/2e3", "1e", "--1"]:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)

print(F(), F(6, -4), F(F(1, 3), F(2, 5)), F(0.1), F(-2.5), F(True))
for bad in [(1.5, 2), ("1", 2), (None,)]:
    try:
        F(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    F(3, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(0) ** -2
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(b))
print(a + 1, 1 + a, a * 2.0, 2.0 * a, a + 1j, a ** 2, a ** -2, b ** -3, a ** 0.5, 4 ** F(1, 2), 2 ** F(3), F(-2, 3) ** -1)
print(math.floor(b), math.ceil(b), math.trunc(b), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234567, 1000), 2), round(F(1234567, 1000), -2))
print(a == 0.75, a == F(6, 8), a == 1, F(2) == 2, a < 1, a > 0.5, a <= b, a >= float('inf'), a < float('nan'), a == complex(0.75, 0))
print(hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), hash(F(-1)), hash(F(1, 3)) == hash(F(2, 6)))
print(F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(), F(1, 3).limit_denominator(5), F(3, 8).limit_denominator(4))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
print(F.from_float(0.25), F.from_float(3), a.as_integer_ratio(), bool(F(0)), bool(a), str(F(4, 2)), str(a))
try:
    F.from_float("x")
except TypeError as e:
    print("TypeError", e)
print(sorted([F(1, 2), 0.3, 1, F(-1, 7)]), sum([F(1, 3)] * 3), F(1, 3).__reduce__())
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a)
