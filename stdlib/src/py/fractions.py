"""Exact rational numbers, following the documented behaviour of Python 3.10's
`fractions` module (written for pyco).

A Fraction is kept as a pair of ints in lowest terms with a positive denominator.
Arithmetic with ints and other Fractions stays exact; mixing in a float or complex
converts the Fraction and hands the work to that type.
"""

import math
import numbers
import operator

__all__ = ['Fraction']

# sys.hash_info.modulus and .inf: rationals must hash like equal ints and floats.
_HASH_PRIME = (1 << 61) - 1
_HASH_INFINITY = 314159


# ---------------------------------------------------------------- parsing strings

def _is_digit_group(text, may_be_empty=False):
    """Decimal digits only (3.10 does not accept underscores here)."""
    if not text:
        return may_be_empty
    return text.isdecimal()


def _ratio_from_text(original):
    """(numerator, denominator) for 'n/d', or a decimal with optional fraction part and
    exponent such as '-1.25e3'; ValueError for anything else."""
    def bad():
        return ValueError('Invalid literal for Fraction: %r' % (original,))

    text = original.strip()
    negative = text[:1] == '-'
    if text[:1] in '+-':
        text = text[1:]
    # The number must start with a digit, or a point followed by a digit.
    if not (text[:1].isdecimal() or (text[:1] == '.' and text[1:2].isdecimal())):
        raise bad()

    if '/' in text:
        top, _, bottom = text.partition('/')
        if not (_is_digit_group(top) and _is_digit_group(bottom)):
            raise bad()
        num, den = int(top), int(bottom)
    else:
        num, den = _decimal_ratio(text, bad)
    return (-num if negative else num), den


def _decimal_ratio(text, bad):
    mantissa, exponent = text, 0
    for marker in 'eE':
        if marker in mantissa:
            mantissa, _, exp_text = mantissa.partition(marker)
            digits = exp_text[1:] if exp_text[:1] in '+-' else exp_text
            if not _is_digit_group(digits):
                raise bad()
            exponent = int(exp_text)
            break
    whole, point, frac = mantissa.partition('.')
    if not (_is_digit_group(whole, True) and _is_digit_group(frac, True)):
        raise bad()
    frac = frac.replace('_', '')
    num = int(whole or '0') * 10 ** len(frac) + int(frac or '0')
    den = 10 ** len(frac)
    if exponent >= 0:
        num *= 10 ** exponent
    else:
        den *= 10 ** -exponent
    return num, den


# ---------------------------------------------------------------- approximation

def _closest_bounded(num, den, limit):
    """The fraction nearest num/den whose denominator is at most `limit`, found by
    walking the continued-fraction convergents (a best rational approximation)."""
    lo_p, lo_q, hi_p, hi_q = 0, 1, 1, 0
    n, d = num, den
    while True:
        term = n // d
        next_q = lo_q + term * hi_q
        if next_q > limit:
            break
        lo_p, lo_q, hi_p, hi_q = hi_p, hi_q, lo_p + term * hi_p, next_q
        n, d = d, n - term * d
    # Best semiconvergent that still fits, versus the last convergent.
    steps = (limit - lo_q) // hi_q
    semi = Fraction(lo_p + steps * hi_p, lo_q + steps * hi_q)
    conv = Fraction(hi_p, hi_q)
    target = Fraction(num, den)
    return conv if abs(conv - target) <= abs(semi - target) else semi


# ---------------------------------------------------------------- mixed-type arithmetic

def _arith_pair(exact, float_op):
    """Forward and reflected methods for one binary operator.

    `exact(a, b)` handles two rationals; other operand kinds are converted to float or
    complex and given to `float_op`, and unknown types get NotImplemented.
    """
    def forward(a, b):
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        if isinstance(b, float):
            return float_op(float(a), b)
        if isinstance(b, complex):
            return float_op(complex(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, numbers.Rational):
            return exact(a, b)
        if isinstance(a, numbers.Real):
            return float_op(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return float_op(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__%s__' % float_op.__name__
    reflected.__name__ = '__r%s__' % float_op.__name__
    forward.__doc__ = reflected.__doc__ = float_op.__doc__
    return forward, reflected


def _plus(a, b):
    return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                    a.denominator * b.denominator)


def _minus(a, b):
    return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                    a.denominator * b.denominator)


def _times(a, b):
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _over(a, b):
    return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)


def _cross(a, b):
    """a and b over the common denominator a.den * b.den: (a's top, b's top, denominator)."""
    return (a.numerator * b.denominator, b.numerator * a.denominator,
            a.denominator * b.denominator)


def _floor_over(a, b):
    top_a, top_b, _ = _cross(a, b)
    return top_a // top_b


def _quot_rem(a, b):
    top_a, top_b, common = _cross(a, b)
    quotient, rest = divmod(top_a, top_b)
    return quotient, Fraction(rest, common)


def _remainder(a, b):
    top_a, top_b, common = _cross(a, b)
    return Fraction(top_a % top_b, common)


def _from_rationals(first, second):
    """(num, den) for first/second where both are Rational instances."""
    return (first.numerator * second.denominator,
            first.denominator * second.numerator)


class Fraction(numbers.Rational):
    """A rational number numerator/denominator.

    Fraction() is 0; Fraction(n, d) takes two Rationals (ints, Fractions, ...);
    Fraction(x) takes a Rational, a float or Decimal (converted exactly), or a string
    such as '3/7', '-1.5' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            num, den = cls._single_argument(numerator)
        elif type(numerator) is int and type(denominator) is int:
            num, den = numerator, denominator
        elif (isinstance(numerator, numbers.Rational)
              and isinstance(denominator, numbers.Rational)):
            num, den = _from_rationals(numerator, denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if den == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % num)
        if _normalize:
            num, den = _lowest_terms(num, den)
        self._numerator = num
        self._denominator = den
        return self

    @staticmethod
    def _single_argument(value):
        if type(value) is int:
            return value, 1
        if isinstance(value, numbers.Rational):
            return value.numerator, value.denominator
        if isinstance(value, float) or _is_decimal(value):
            # Exact: the binary (or decimal) value, not its shortest repr.
            return value.as_integer_ratio()
        if isinstance(value, str):
            return _ratio_from_text(value)
        raise TypeError("argument should be a string or a Rational instance")

    @classmethod
    def from_float(cls, f):
        """The exact value of float `f` (ints are accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a decimal.Decimal (ints are accepted too)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator being positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        return _closest_bounded(self._numerator, self._denominator, max_denominator)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Binary arithmetic (see _arith_pair for how other operand types are handled).
    __add__, __radd__ = _arith_pair(_plus, operator.add)
    __sub__, __rsub__ = _arith_pair(_minus, operator.sub)
    __mul__, __rmul__ = _arith_pair(_times, operator.mul)
    __truediv__, __rtruediv__ = _arith_pair(_over, operator.truediv)
    __floordiv__, __rfloordiv__ = _arith_pair(_floor_over, operator.floordiv)
    __divmod__, __rdivmod__ = _arith_pair(_quot_rem, divmod)
    __mod__, __rmod__ = _arith_pair(_remainder, operator.mod)

    def __pow__(self, exponent):
        """Exact for integral exponents; other rational exponents give a float."""
        if isinstance(exponent, numbers.Rational):
            if exponent.denominator != 1:
                return float(self) ** float(exponent)
            return self._int_power(exponent.numerator)
        if isinstance(exponent, (float, complex)):
            return float(self) ** exponent
        return NotImplemented

    def _int_power(self, k):
        num, den = self._numerator, self._denominator
        if k < 0:
            # Invert first, keeping the sign on the numerator.
            num, den, k = den, num, -k
            if den < 0:
                num, den = -num, -den
        # Powers of a reduced fraction are still reduced.
        return Fraction(num ** k, den ** k, _normalize=False)

    def __rpow__(self, base):
        if self._denominator == 1 and self._numerator >= 0:
            return base ** self._numerator
        if isinstance(base, numbers.Rational):
            return Fraction(base.numerator, base.denominator) ** self
        if self._denominator == 1:
            return base ** self._numerator
        return base ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    # Conversions to int: each rounds its own way; results are ints.
    def __trunc__(self):
        whole = abs(self._numerator) // self._denominator
        return -whole if self._numerator < 0 else whole

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """Round half to even; an int without ndigits, else a Fraction."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        # The hash of num/den is num * den^-1 modulo the hash prime, the same rule ints
        # and floats follow; a denominator divisible by the prime counts as infinite.
        try:
            inverse = pow(self._denominator, -1, _HASH_PRIME)
        except ValueError:
            magnitude = _HASH_INFINITY
        else:
            magnitude = hash(hash(abs(self._numerator)) * inverse)
        value = magnitude if self._numerator >= 0 else -magnitude
        return -2 if value == -1 else value

    def __eq__(self, other):
        if type(other) is int:
            return self._numerator == other and self._denominator == 1
        if isinstance(other, numbers.Rational):
            return (self._numerator == other.numerator
                    and self._denominator == other.denominator)
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return False  # no Fraction is infinite or NaN
            return self == self.from_float(other)
        return NotImplemented

    def _richcmp(self, other, op):
        """Order against a Rational exactly, against a float via its exact value."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)  # any finite value orders like zero here
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(self, other):
        return self._richcmp(other, operator.lt)

    def __gt__(self, other):
        return self._richcmp(other, operator.gt)

    def __le__(self, other):
        return self._richcmp(other, operator.le)

    def __ge__(self, other):
        return self._richcmp(other, operator.ge)

    def __bool__(self):
        return self._numerator != 0

    # Pickling and copying: Fractions are immutable, so the exact type can be shared.
    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _lowest_terms(num, den):
    divisor = math.gcd(num, den)
    if den < 0:
        divisor = -divisor  # moves the sign to the numerator
    return num // divisor, den // divisor


def _round_half_even(num, den):
    floor, rest = divmod(num, den)
    twice = 2 * rest
    if twice < den or (twice == den and floor % 2 == 0):
        return floor
    return floor + 1


def _is_decimal(value):
    # decimal is optional in pyco; only consult it when something imported it.
    import sys
    module = sys.modules.get('decimal')
    return module is not None and isinstance(value, module.Decimal)
