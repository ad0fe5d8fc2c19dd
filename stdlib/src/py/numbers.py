"""The numeric tower of PEP 3141 as documented for Python 3.10's `numbers` module.

Each level only declares which operations a conforming type must provide; the few
concrete methods are the documented defaults derived from the abstract ones. The
built-in numeric types are registered as virtual subclasses at the end.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _required(fn):
    """Marks `fn` as an operation subclasses must supply (calling it directly is an error)."""
    return abstractmethod(fn)


def _required_property(fn):
    return property(abstractmethod(fn))


class Number(metaclass=ABCMeta):
    """Common root: `isinstance(x, Number)` asks whether x is any kind of number."""
    __slots__ = ()
    # Numbers of different types may compare equal, so no single hash rule fits them all.
    __hash__ = None


class Complex(Number):
    """Numbers supporting the arithmetic of the built-in `complex`."""
    __slots__ = ()

    # Conversions and components.
    @_required
    def __complex__(self): raise NotImplementedError
    @_required_property
    def real(self): raise NotImplementedError
    @_required_property
    def imag(self): raise NotImplementedError
    @_required
    def conjugate(self): raise NotImplementedError

    # Unary operations.
    @_required
    def __neg__(self): raise NotImplementedError
    @_required
    def __pos__(self): raise NotImplementedError
    @_required
    def __abs__(self): raise NotImplementedError

    # Binary operations, each with its reflected form.
    @_required
    def __add__(self, other): raise NotImplementedError
    @_required
    def __radd__(self, other): raise NotImplementedError
    @_required
    def __mul__(self, other): raise NotImplementedError
    @_required
    def __rmul__(self, other): raise NotImplementedError
    @_required
    def __truediv__(self, other): raise NotImplementedError
    @_required
    def __rtruediv__(self, other): raise NotImplementedError
    @_required
    def __pow__(self, exponent): raise NotImplementedError
    @_required
    def __rpow__(self, base): raise NotImplementedError
    @_required
    def __eq__(self, other): raise NotImplementedError

    # Defaults expressed through the operations above.
    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


class Real(Complex):
    """Complex numbers without an imaginary part, hence totally ordered."""
    __slots__ = ()

    @_required
    def __float__(self): raise NotImplementedError
    @_required
    def __trunc__(self): raise NotImplementedError
    @_required
    def __floor__(self): raise NotImplementedError
    @_required
    def __ceil__(self): raise NotImplementedError
    @_required
    def __round__(self, ndigits=None): raise NotImplementedError
    @_required
    def __floordiv__(self, other): raise NotImplementedError
    @_required
    def __rfloordiv__(self, other): raise NotImplementedError
    @_required
    def __mod__(self, other): raise NotImplementedError
    @_required
    def __rmod__(self, other): raise NotImplementedError
    @_required
    def __lt__(self, other): raise NotImplementedError
    @_required
    def __le__(self, other): raise NotImplementedError

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    # A real number is its own real part and its own conjugate.
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


class Rational(Real):
    """Real numbers expressible as a ratio of two integers in lowest terms."""
    __slots__ = ()

    @_required_property
    def numerator(self): raise NotImplementedError
    @_required_property
    def denominator(self): raise NotImplementedError

    def __float__(self):
        # Integer true division rounds correctly even when both parts are huge.
        return self.numerator / self.denominator


class Integral(Rational):
    """Whole numbers: adds conversion to int and the bitwise operations."""
    __slots__ = ()

    @_required
    def __int__(self): raise NotImplementedError
    @_required
    def __pow__(self, exponent, modulus=None): raise NotImplementedError
    @_required
    def __invert__(self): raise NotImplementedError
    @_required
    def __lshift__(self, other): raise NotImplementedError
    @_required
    def __rlshift__(self, other): raise NotImplementedError
    @_required
    def __rshift__(self, other): raise NotImplementedError
    @_required
    def __rrshift__(self, other): raise NotImplementedError
    @_required
    def __and__(self, other): raise NotImplementedError
    @_required
    def __rand__(self, other): raise NotImplementedError
    @_required
    def __xor__(self, other): raise NotImplementedError
    @_required
    def __rxor__(self, other): raise NotImplementedError
    @_required
    def __or__(self, other): raise NotImplementedError
    @_required
    def __ror__(self, other): raise NotImplementedError

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    # An integer n is the fraction n/1.
    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
