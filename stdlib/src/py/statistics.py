"""Basic statistics (pyco's implementation of Python 3.10's documented `statistics`
functions): mean, fmean, median (and low/high), mode, multimode, variance, pvariance,
stdev, pstdev. Sums are exact (via Fraction) and converted back to the data's type."""

import math
from collections import Counter
from fractions import Fraction

__all__ = ['StatisticsError', 'fmean', 'mean', 'median', 'median_high', 'median_low',
           'mode', 'multimode', 'pstdev', 'pvariance', 'stdev', 'variance',
           'harmonic_mean', 'geometric_mean']


class StatisticsError(ValueError):
    pass


def _coerce(T, S):
    """The type a mix of T and S values converts to (int < Fraction < float)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count); a total of non-finite floats stays a float."""
    T = int
    total = Fraction(0)
    special = None
    count = 0
    for x in data:
        count += 1
        T = _coerce(T, type(x))
        if isinstance(x, float) and not math.isfinite(x):
            special = x if special is None else special + x
            continue
        try:
            total += Fraction(x)
        except TypeError:
            raise TypeError("can't convert type '%s' to numerator/denominator"
                            % type(x).__name__) from None
    if special is not None:
        return T, special, count
    return T, total, count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Fraction):
            return T(value.numerator, value.denominator)
        raise


def _as_list(data):
    return list(data) if iter(data) is data else data


def mean(data):
    """The arithmetic mean, computed exactly and returned in the data's type."""
    data = _as_list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    T, total, count = _sum(data)
    return _convert(total / n, T)


def fmean(data):
    """The mean as a float (fast, not exact)."""
    data = _as_list(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('fmean requires at least one data point')
    return math.fsum(data) / n


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data):
    data = _as_list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and isinstance(data[0], (int, float, Fraction)):
        if data[0] < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return data[0]
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    T, total, count = _sum(1 / x for x in data)
    return _convert(n / total, T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def mode(data):
    """The most common value (the first seen, among ties)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """The most common values, in first-seen order."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _ss(data, c=None):
    """(type, sum of squared deviations from c or the mean), exact but computed on
    deviations taken in the data's own arithmetic."""
    if c is not None:
        T, total, count = _sum((x - c) ** 2 for x in data)
        return T, total
    c = mean(data)
    T, total, count = _sum((x - c) ** 2 for x in data)
    U, total2, count2 = _sum((x - c) for x in data)
    total -= total2 ** 2 / len(data)
    return T, total


def variance(data, xbar=None):
    """Sample variance (n - 1 degrees of freedom)."""
    data = _as_list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    T, ss = _ss(data, xbar)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance."""
    data = _as_list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, ss = _ss(data, mu)
    return _convert(ss / n, T)


def _sqrt(var):
    try:
        return var.sqrt()
    except AttributeError:
        return math.sqrt(var)


def stdev(data, xbar=None):
    """Sample standard deviation."""
    return _sqrt(variance(data, xbar))


def pstdev(data, mu=None):
    """Population standard deviation."""
    return _sqrt(pvariance(data, mu))
