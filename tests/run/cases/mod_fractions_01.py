from fractions import Fraction
import numbers
F = Fraction
print(F(3, 4), repr(F(6, -8)), F('3/4'), F('1.25'), F(' -2 '), F('1e3'), F(0.5), F(1, 3) + F(1, 6), F(1,3) * 3, F(1, 3) - 1, 2 / F(4), F(1, 2) ** 2, F(1,2) ** -2, 2 ** F(1, 2), F(1,2) + 0.5)
print(F(7, 3) // 2, F(7, 3) % 2, divmod(F(7,3), F(1,2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), int(F(-7, 2)), float(F(1, 3)), abs(F(-1, 2)))
print(F(1, 2) == 0.5, F(1, 2) < 1, F(1,2) > F(1,3), hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), sorted([F(1,2), F(1,3), 0.4]))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(10), F(0.1).limit_denominator())
print(F(1,3).numerator, F(1,3).denominator, F(1,3).as_integer_ratio(), isinstance(F(1,2), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.0, numbers.Integral))
for bad in ['x', '1/0', '1 /2', '']:
    try: print(F(bad))
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
try: F(1, 0)
except ZeroDivisionError as e: print(e)
print(repr(textwrap.dedent("    a\n      b\n    \n    c\n")), repr(textwrap.dedent("  x\n\ty\n")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))

