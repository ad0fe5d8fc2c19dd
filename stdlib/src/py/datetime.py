"""datetime: calendar dates, clock times and durations (pyco's own implementation).

Written from the documented behaviour of CPython 3.10's datetime module. Dates are kept as
proleptic Gregorian (year, month, day) and converted to day numbers with the
"days from civil" algorithm (eras of 400 years starting in March); durations are kept as a
single count of microseconds and split into days/seconds/microseconds on demand.
"""

import time as _clock

MINYEAR = 1
MAXYEAR = 9999

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR")

_US_PER_SEC = 1000000
_US_PER_DAY = 86400 * _US_PER_SEC
_MAX_DAYS = 999999999
# Day number (date.toordinal) of 1970-01-01, the Unix epoch.
_EPOCH_ORD = 719163
_MAX_ORD = 3652059

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


# ---------------------------------------------------------------------------
# Calendar helpers

def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2:
        return 29 if _leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _ordinal(y, m, d):
    """Day number with 0001-01-01 as 1 (eras of 400 years beginning on March 1st)."""
    if m <= 2:
        y -= 1
    era, yoe = divmod(y, 400)
    shifted_month = m - 3 if m > 2 else m + 9
    doy = (153 * shifted_month + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468 + _EPOCH_ORD


def _civil(n):
    """Inverse of _ordinal: (year, month, day) of day number n."""
    z = n - _EPOCH_ORD + 719468
    era, doe = divmod(z, 146097)
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = yoe + era * 400 + (1 if m <= 2 else 0)
    return y, m, d


def _iso_week1_monday(year):
    """Day number of the Monday starting ISO week 1 (the week holding January 4th)."""
    jan4 = _ordinal(year, 1, 4)
    return jan4 - (jan4 - 1) % 7


def _int_arg(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _check_date(y, m, d):
    y, m, d = _int_arg(y), _int_arg(m), _int_arg(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_clock(h, mi, s, us, fold):
    h, mi, s, us, fold = (_int_arg(h), _int_arg(mi), _int_arg(s), _int_arg(us),
                          _int_arg(fold))
    for value, name, top in ((h, "hour", 23), (mi, "minute", 59), (s, "second", 59),
                             (us, "microsecond", 999999)):
        if not 0 <= value <= top:
            raise ValueError("%s must be in 0..%d" % (name, top))
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_label(obj):
    """The name CPython's C types show in messages: 'datetime.X' for ours, else __name__."""
    cls = type(obj)
    if cls in _OWN_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _foreign_builtin(other):
    """True for values of built-in types, which never implement datetime arithmetic, so an
    unsupported operation can be reported at once with CPython's type names."""
    return type(other).__module__ == "builtins"


def _op_error(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _type_label(a), _type_label(b)))


def _order_error(op, a, b):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (op, _type_label(a), _type_label(b)))


def _round_div(num, den):
    """num / den rounded to the nearest integer, ties to even."""
    q, r = divmod(num, den)
    twice = 2 * r
    if den < 0:
        twice, den = -twice, -den
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _offset_text(off, colon):
    """'+HH:MM[:SS[.ffffff]]' (or without colons) for a utcoffset; '' for None."""
    if off is None:
        return ""
    us = off._us
    sign = "+"
    if us < 0:
        sign, us = "-", -us
    secs, frac = divmod(us, _US_PER_SEC)
    mins, s = divmod(secs, 60)
    h, mi = divmod(mins, 60)
    sep = ":" if colon else ""
    text = "%s%02d%s%02d" % (sign, h, sep, mi)
    if s or frac:
        text += "%s%02d" % (sep, s)
        if frac:
            text += ".%06d" % frac
    return text


def _clock_text(h, mi, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, mi)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, mi, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, mi, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, mi, s, us)
    raise ValueError("Unknown timespec value")


def _checked_offset(tz, method, arg):
    """Calls tz.utcoffset/dst(arg) and validates the result as CPython does."""
    if tz is None:
        return None
    off = getattr(tz, method)(arg)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(off).__name__))
    if not -_US_PER_DAY < off._us < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         " and timedelta(hours=24), not %r." % (off,))
    return off


def _checked_name(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _expand_format(fmt, frac, off, zone):
    """Replaces %f, %z and %Z (which time.strftime does not know about our values)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    pieces = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 >= n:
            pieces.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        if code == "f":
            pieces.append("%06d" % frac)
        elif code == "z":
            pieces.append(_offset_text(off, False))
        elif code == "Z":
            pieces.append((zone or "").replace("%", "%%"))
        else:
            pieces.append("%" + code)
        i += 2
    return "".join(pieces)


def _struct(y, m, d, hh, mm, ss, dst):
    n = _ordinal(y, m, d)
    yday = n - _ordinal(y, 1, 1) + 1
    return _clock.struct_time((y, m, d, hh, mm, ss, (n - 1) % 7, yday, dst))


# ---------------------------------------------------------------------------
# timedelta

_UNIT_US = (("days", _US_PER_DAY), ("seconds", _US_PER_SEC), ("microseconds", 1),
            ("milliseconds", 1000), ("minutes", 60 * _US_PER_SEC),
            ("hours", 3600 * _US_PER_SEC), ("weeks", 7 * _US_PER_DAY))


def _total_us(values):
    """Sum of value * unit over the components, in microseconds.

    Integer parts are exact; as documented, the fractional microseconds left over by
    float components are added up and rounded once, half to even."""
    whole = 0
    leftover = 0.0
    for (name, unit), value in zip(_UNIT_US, values):
        if isinstance(value, int):
            whole += int(value) * unit
        elif isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError("cannot convert float %r to integer" % value)
            ipart = int(value)
            scaled = (value - ipart) * unit
            whole += ipart * unit + int(scaled)
            leftover += scaled - int(scaled)
        else:
            raise TypeError("unsupported type for timedelta %s component: %s"
                            % (name, type(value).__name__))
    rounded = round(leftover)
    if abs(rounded - leftover) == 0.5 and (whole + rounded) % 2:
        # A tie goes to the even total, not just to the even leftover.
        rounded = 2 * leftover - rounded
    return whole + int(rounded)


def _td(us):
    if not -_MAX_DAYS * _US_PER_DAY <= us < (_MAX_DAYS + 1) * _US_PER_DAY:
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (us // _US_PER_DAY, _MAX_DAYS))
    obj = object.__new__(timedelta)
    obj._us = us
    return obj


class timedelta:
    """A duration: days, seconds and microseconds, normalized so only days is negative."""

    __slots__ = ("_us",)

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        us = _total_us((days, seconds, microseconds, milliseconds, minutes, hours, weeks))
        base = _td(us)
        if cls is timedelta:
            return base
        obj = object.__new__(cls)
        obj._us = base._us
        return obj

    days = property(lambda self: self._us // _US_PER_DAY)
    seconds = property(lambda self: self._us % _US_PER_DAY // _US_PER_SEC)
    microseconds = property(lambda self: self._us % _US_PER_SEC)

    def total_seconds(self):
        return self._us / _US_PER_SEC

    def __repr__(self):
        parts = ["%s=%d" % (name, value) for name, value in
                 (("days", self.days), ("seconds", self.seconds),
                  ("microseconds", self.microseconds)) if value]
        return "%s(%s)" % (_type_label(self), ", ".join(parts) or "0")

    def __str__(self):
        days = self.days
        mins, s = divmod(self.seconds, 60)
        h, mi = divmod(mins, 60)
        text = "%d:%02d:%02d" % (h, mi, s)
        if self.microseconds:
            text += ".%06d" % self.microseconds
        if days:
            text = "%d day%s, %s" % (days, "" if abs(days) == 1 else "s", text)
        return text

    def __reduce__(self):
        return (type(self), (self.days, self.seconds, self.microseconds))

    # Arithmetic -----------------------------------------------------------

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us + other._us)
        if _foreign_builtin(other):
            raise _op_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us + other._us)
        if _foreign_builtin(other):
            raise _op_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us - other._us)
        if _foreign_builtin(other):
            raise _op_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us - self._us)
        if _foreign_builtin(other):
            raise _op_error("-", other, self)
        return NotImplemented

    def __neg__(self):
        return _td(-self._us)

    def __pos__(self):
        return _td(self._us)

    def __abs__(self):
        return _td(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_round_div(self._us * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(_round_div(self._us, other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(_round_div(self._us * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return _td(self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us, other._us)
            return q, _td(r)
        return NotImplemented

    # Comparison -----------------------------------------------------------

    def _cmp_key(self, other, op):
        if isinstance(other, timedelta):
            return other._us
        if _foreign_builtin(other):
            raise _order_error(op, self, other)
        return None

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us == other._us
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us != other._us
        return NotImplemented

    def __lt__(self, other):
        key = self._cmp_key(other, "<")
        return NotImplemented if key is None else self._us < key

    def __le__(self, other):
        key = self._cmp_key(other, "<=")
        return NotImplemented if key is None else self._us <= key

    def __gt__(self, other):
        key = self._cmp_key(other, ">")
        return NotImplemented if key is None else self._us > key

    def __ge__(self, other):
        key = self._cmp_key(other, ">=")
        return NotImplemented if key is None else self._us >= key

    def __hash__(self):
        return hash(("timedelta", self._us))

    def __bool__(self):
        return self._us != 0


timedelta.min = _td(-_MAX_DAYS * _US_PER_DAY)
timedelta.max = _td((_MAX_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _td(1)


# ---------------------------------------------------------------------------
# date

class IsoCalendarDate(tuple):
    """(year, week, weekday) as returned by date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _make_date(cls, y, m, d):
    obj = object.__new__(cls)
    obj._y, obj._m, obj._d = y, m, d
    return obj


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAX_ORD:
        raise OverflowError("date value out of range")
    return _make_date(cls, *_civil(n))


def _parse_iso_date(text):
    """'YYYY-MM-DD' -> (y, m, d), or None when the shape is wrong."""
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return None
    fields = (text[0:4], text[5:7], text[8:10])
    if not all(f.isdigit() and f.isascii() for f in fields):
        return None
    return tuple(int(f) for f in fields)


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_y", "_m", "_d")

    def __new__(cls, year, month=None, day=None):
        y, m, d = _check_date(year, month, day)
        return _make_date(cls, y, m, d)

    year = property(lambda self: self._y)
    month = property(lambda self: self._m)
    day = property(lambda self: self._d)

    # Alternate constructors ----------------------------------------------

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_clock.time())

    @classmethod
    def fromtimestamp(cls, t):
        st = _clock.localtime(t)
        return cls(st.tm_year, st.tm_mon, st.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        n = _int_arg(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORD:
            raise ValueError("year %d is out of range" % _civil(n)[0])
        return _make_date(cls, *_civil(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_iso_date(text)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        last_week = 53 if _iso_week1_monday(year + 1) - _iso_week1_monday(year) == 371 \
            else 52
        if not 1 <= week <= last_week:
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return _make_date(cls, *_civil(n))

    # Queries ---------------------------------------------------------------

    def toordinal(self):
        return _ordinal(self._y, self._m, self._d)

    def weekday(self):
        return (self.toordinal() - 1) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        n = self.toordinal()
        year = self._y
        if n >= _iso_week1_monday(year + 1):
            year += 1
        elif n < _iso_week1_monday(year):
            year -= 1
        week = (n - _iso_week1_monday(year)) // 7 + 1
        return IsoCalendarDate(year, week, (n - 1) % 7 + 1)

    def timetuple(self):
        return _struct(self._y, self._m, self._d, 0, 0, 0, -1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._y if year is None else year,
                          self._m if month is None else month,
                          self._d if day is None else day)

    # Text ------------------------------------------------------------------

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._y, self._m, self._d)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_label(self), self._y, self._m, self._d)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()][:3],
                                            _MONTH_NAMES[self._m - 1][:3], self._d, self._y)

    def strftime(self, fmt):
        return _clock.strftime(_expand_format(fmt, 0, None, None), self.timetuple())

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def __reduce__(self):
        return (type(self), (self._y, self._m, self._d))

    # Arithmetic --------------------------------------------------------------

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other.days)
        if _foreign_builtin(other):
            raise _op_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        if _foreign_builtin(other):
            raise _op_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        if _foreign_builtin(other):
            raise _op_error("-", self, other)
        return NotImplemented

    # Comparison ------------------------------------------------------------

    def _key(self, other, op):
        """Comparable key of other, None for NotImplemented, raising for mixed kinds."""
        if isinstance(other, date) and not isinstance(other, datetime):
            return (other._y, other._m, other._d)
        if op is not None and (isinstance(other, datetime) or _foreign_builtin(other)):
            raise _order_error(op, self, other)
        return None

    def __eq__(self, other):
        key = self._key(other, None)
        return NotImplemented if key is None else (self._y, self._m, self._d) == key

    def __ne__(self, other):
        key = self._key(other, None)
        return NotImplemented if key is None else (self._y, self._m, self._d) != key

    def __lt__(self, other):
        key = self._key(other, "<")
        return NotImplemented if key is None else (self._y, self._m, self._d) < key

    def __le__(self, other):
        key = self._key(other, "<=")
        return NotImplemented if key is None else (self._y, self._m, self._d) <= key

    def __gt__(self, other):
        key = self._key(other, ">")
        return NotImplemented if key is None else (self._y, self._m, self._d) > key

    def __ge__(self, other):
        key = self._key(other, ">=")
        return NotImplemented if key is None else (self._y, self._m, self._d) >= key

    def __hash__(self):
        return hash(("date", self._y, self._m, self._d))


date.min = _make_date(date, 1, 1, 1)
date.max = _make_date(date, 9999, 12, 31)
date.resolution = _td(_US_PER_DAY)


# ---------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """Abstract base for time zone information; subclasses supply the offsets."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Default conversion from UTC, valid for zones whose standard offset is fixed."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        saving = dt.dst()
        if off is None or saving is None:
            raise ValueError("fromutc: non-None utcoffset() and dst() results required")
        local = dt + (off - saving)
        saving = local.dst()
        if saving is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return local + saving

    def __reduce__(self):
        # Subclasses may say how to rebuild themselves; their attributes travel as state.
        make_args = getattr(self, "__getinitargs__", None)
        attrs = vars(self) if hasattr(self, "__dict__") else {}
        return (type(self), make_args() if make_args else (), attrs or None)


class timezone(tzinfo):
    """A tzinfo with a fixed offset from UTC and an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if name is None and offset._us == 0 and cls is timezone and _UTC is not None:
            return _UTC
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        obj = object.__new__(cls)
        obj._offset = offset
        obj._name = name
        return obj

    def _check_arg(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if self._offset._us == 0:
            return "UTC"
        return "UTC" + _offset_text(self._offset, True)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self.tzname(None)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        label = _type_label(self)
        if self._name is None:
            return "%s(%r)" % (label, self._offset)
        return "%s(%r, %r)" % (label, self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# ---------------------------------------------------------------------------
# time

def _parse_iso_clock(text):
    """'HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]]' -> (h, m, s, us, tz) or None."""
    cut = max(text.find("+"), text.find("-"))
    tz = None
    if cut >= 0:
        off = _parse_iso_hms(text[cut + 1:])
        if off is None:
            return None
        h, m, s, us = off
        delta = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
        tz = timezone(-delta if text[cut] == "-" else delta)
        text = text[:cut]
    fields = _parse_iso_hms(text)
    if fields is None:
        return None
    return fields + (tz,)


def _parse_iso_hms(text):
    frac = 0
    if "." in text:
        text, digits = text.split(".", 1)
        if len(digits) not in (3, 6) or not (digits.isdigit() and digits.isascii()):
            return None
        frac = int(digits) * (1000 if len(digits) == 3 else 1)
        if text.count(":") != 2:
            return None
    parts = text.split(":")
    if not 1 <= len(parts) <= 3:
        return None
    if not all(len(p) == 2 and p.isdigit() and p.isascii() for p in parts):
        return None
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    return values[0], values[1], values[2], frac


def _make_time(cls, h, m, s, us, tz, fold):
    obj = object.__new__(cls)
    obj._h, obj._mi, obj._s, obj._us, obj._tz, obj._fold = h, m, s, us, tz, fold
    return obj


def _tz_suffix(tz, fold):
    text = ""
    if tz is not None:
        text += ", tzinfo=%r" % (tz,)
    if fold:
        text += ", fold=1"
    return text


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_h", "_mi", "_s", "_us", "_tz", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        h, m, s, us, fold = _check_clock(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        return _make_time(cls, h, m, s, us, tzinfo, fold)

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_clock(text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*parsed)

    def utcoffset(self):
        return _checked_offset(self._tz, "utcoffset", None)

    def dst(self):
        return _checked_offset(self._tz, "dst", None)

    def tzname(self):
        return _checked_name(self._tz, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._h if hour is None else hour,
                          self._mi if minute is None else minute,
                          self._s if second is None else second,
                          self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec="auto"):
        text = _clock_text(self._h, self._mi, self._s, self._us, timespec)
        return text + _offset_text(self.utcoffset(), True)

    __str__ = isoformat

    def __repr__(self):
        fields = [self._h, self._mi, self._s, self._us]
        while len(fields) > 2 and fields[-1] == 0:
            fields.pop()
        return "%s(%s%s)" % (_type_label(self), ", ".join(map(str, fields)),
                             _tz_suffix(self._tz, self._fold))

    def strftime(self, fmt):
        fmt = _expand_format(fmt, self._us, self.utcoffset(), self.tzname())
        return _clock.strftime(fmt, _struct(1900, 1, 1, self._h, self._mi, self._s, -1))

    __format__ = date.__format__

    def __reduce__(self):
        return (type(self), (self._h, self._mi, self._s, self._us, self._tz))

    # Comparison -----------------------------------------------------------

    def _utc_key(self, off):
        base = ((self._h * 60 + self._mi) * 60 + self._s) * _US_PER_SEC + self._us
        return base - (off._us if off is not None else 0)

    def _compare(self, other, op):
        """Returns (self_key, other_key), or None for a naive/aware mismatch under ==."""
        if self._tz is other._tz:
            return self._utc_key(None), other._utc_key(None)
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if op is None:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        return self._utc_key(mine), other._utc_key(theirs)

    def _rich(self, other, op, test):
        if not isinstance(other, time):
            if op is not None and _foreign_builtin(other):
                raise _order_error(op, self, other)
            return NotImplemented
        keys = self._compare(other, op)
        if keys is None:
            return test is _ne
        return test(*keys)

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(("time", self._h, self._mi, self._s, self._us))
        return hash(("time", self._utc_key(off)))

    def __bool__(self):
        return True


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _install_comparisons(cls):
    """Gives `cls` the six comparison methods, each a call of its `_rich(other, op, test)`
    (`op` names the operator for ordering errors; None for == and !=)."""
    for name, op, test in (("__eq__", None, _eq), ("__ne__", None, _ne),
                           ("__lt__", "<", _lt), ("__le__", "<=", _le),
                           ("__gt__", ">", _gt), ("__ge__", ">=", _ge)):
        method = _comparison(op, test)
        method.__name__ = name
        method.__qualname__ = cls.__name__ + "." + name
        setattr(cls, name, method)


def _comparison(op, test):
    def method(self, other):
        return self._rich(other, op, test)
    return method


_install_comparisons(time)

time.min = _make_time(time, 0, 0, 0, 0, None, 0)
time.max = _make_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td(1)


# ---------------------------------------------------------------------------
# datetime

def _make_datetime(cls, y, mo, d, h, mi, s, us, tz, fold=0):
    obj = object.__new__(cls)
    obj._y, obj._m, obj._d = y, mo, d
    obj._h, obj._mi, obj._s, obj._us, obj._tz, obj._fold = h, mi, s, us, tz, fold
    return obj


def _datetime_from_us(cls, total, tz):
    """A datetime from microseconds since 0001-01-01T00:00 (day number 1)."""
    days, rest = divmod(total, _US_PER_DAY)
    if not 0 <= days < _MAX_ORD:
        raise OverflowError("date value out of range")
    y, mo, d = _civil(days + 1)
    secs, us = divmod(rest, _US_PER_SEC)
    mins, s = divmod(secs, 60)
    h, mi = divmod(mins, 60)
    return _make_datetime(cls, y, mo, d, h, mi, s, us, tz)


def _local_offset(seconds):
    """The local zone (as a fixed-offset timezone) in effect at a POSIX timestamp."""
    st = _clock.localtime(seconds)
    off = st.tm_gmtoff
    if off is None:
        off = -(_clock.altzone if st.tm_isdst > 0 else _clock.timezone)
    return timezone(timedelta(seconds=off), st.tm_zone)


def _split_timestamp(t):
    """(whole seconds, microseconds) of a POSIX timestamp, rounding half to even."""
    if isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("Invalid value %s" % t)
        n, d = t.as_integer_ratio()
        return divmod(_round_div(n * _US_PER_SEC, d), _US_PER_SEC)
    return _int_arg(t), 0


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_h", "_mi", "_s", "_us", "_tz", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        y, mo, d = _check_date(year, month, day)
        h, mi, s, us, fold = _check_clock(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        return _make_datetime(cls, y, mo, d, h, mi, s, us, tzinfo, fold)

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # Alternate constructors ------------------------------------------------

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tz(tz)
        secs, us = _split_timestamp(t)
        if tz is None:
            st = _clock.localtime(secs)
            return cls(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min,
                       min(st.tm_sec, 59), us)
        utc = _datetime_from_us(cls, (secs + _EPOCH_ORD * 86400 - 86400) * _US_PER_SEC + us,
                                tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        return _datetime_from_us(cls, (secs + (_EPOCH_ORD - 1) * 86400) * _US_PER_SEC + us,
                                 None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_clock.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_clock.time())

    @classmethod
    def combine(cls, date_part, time_part, tzinfo=True):
        if not isinstance(date_part, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_part).__name__)
        if not isinstance(time_part, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_part).__name__)
        tz = time_part.tzinfo if tzinfo is True else tzinfo
        return cls(date_part.year, date_part.month, date_part.day, time_part.hour,
                   time_part.minute, time_part.second, time_part.microsecond, tz,
                   fold=time_part.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_iso_date(text[:10])
        clock = (0, 0, 0, 0, None)
        if len(text) > 10:
            clock = _parse_iso_clock(text[11:]) if len(text) > 11 else None
        if ymd is None or clock is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*(ymd + clock))

    @classmethod
    def strptime(cls, text, fmt):
        return _strptime(cls, text, fmt)

    # Parts and queries -----------------------------------------------------------

    def date(self):
        return date(self._y, self._m, self._d)

    def time(self):
        return time(self._h, self._mi, self._s, self._us, fold=self._fold)

    def timetz(self):
        return time(self._h, self._mi, self._s, self._us, self._tz, fold=self._fold)

    def utcoffset(self):
        return _checked_offset(self._tz, "utcoffset", self)

    def dst(self):
        return _checked_offset(self._tz, "dst", self)

    def tzname(self):
        return _checked_name(self._tz, self)

    def _naive_us(self):
        """Microseconds since 0001-01-01T00:00, ignoring the tzinfo."""
        days = self.toordinal() - 1
        secs = ((days * 24 + self._h) * 60 + self._mi) * 60 + self._s
        return secs * _US_PER_SEC + self._us

    def _utc_us(self, off):
        return self._naive_us() - (off._us if off is not None else 0)

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else int(bool(saving))
        return _struct(self._y, self._m, self._d, self._h, self._mi, self._s, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        moment = self if off is None else self - off
        return _struct(moment._y, moment._m, moment._d, moment._h, moment._mi,
                       moment._s, 0)

    def timestamp(self):
        off = self.utcoffset()
        if off is not None:
            epoch_us = (_EPOCH_ORD - 1) * _US_PER_DAY
            return (self._utc_us(off) - epoch_us) / _US_PER_SEC
        st = (self._y, self._m, self._d, self._h, self._mi, self._s, -1, -1, -1)
        return _clock.mktime(st) + self._us / _US_PER_SEC

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        def pick(new, old):
            return old if new is None else new
        return type(self)(pick(year, self._y), pick(month, self._m), pick(day, self._d),
                          pick(hour, self._h), pick(minute, self._mi),
                          pick(second, self._s), pick(microsecond, self._us),
                          self._tz if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not "
                            "type '%s'" % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            stamp = _clock.mktime((self._y, self._m, self._d, self._h, self._mi, self._s,
                                   -1, -1, -1))
            source = _local_offset(int(stamp))
            off = source.utcoffset(None)
        if tz is None:
            tz = _local_offset(int(self._epoch_seconds(off)))
        elif tz is self._tz:
            return self
        utc = _datetime_from_us(type(self), self._utc_us(off), tz)
        return tz.fromutc(utc)

    def _epoch_seconds(self, off):
        return (self._utc_us(off) - (_EPOCH_ORD - 1) * _US_PER_DAY) // _US_PER_SEC

    # Text ---------------------------------------------------------------------

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        clock = _clock_text(self._h, self._mi, self._s, self._us, timespec)
        return "%04d-%02d-%02d%s%s%s" % (self._y, self._m, self._d, sep, clock,
                                         _offset_text(self.utcoffset(), True))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        fields = [self._y, self._m, self._d, self._h, self._mi, self._s, self._us]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        return "%s(%s%s)" % (_type_label(self), ", ".join(map(str, fields)),
                             _tz_suffix(self._tz, self._fold))

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._m - 1][:3], self._d,
            self._h, self._mi, self._s, self._y)

    def strftime(self, fmt):
        fmt = _expand_format(fmt, self._us, self.utcoffset(), self.tzname())
        return _clock.strftime(fmt, self.timetuple())

    def __reduce__(self):
        return (type(self), (self._y, self._m, self._d, self._h, self._mi, self._s,
                             self._us, self._tz))

    # Arithmetic -----------------------------------------------------------------

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._naive_us() + other._us, self._tz)
        if _foreign_builtin(other):
            raise _op_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        if _foreign_builtin(other):
            raise _op_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._naive_us() - other._us, self._tz)
        if isinstance(other, datetime):
            if self._tz is other._tz:
                return _td(self._naive_us() - other._naive_us())
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return _td(self._utc_us(mine) - other._utc_us(theirs))
        if _foreign_builtin(other) or isinstance(other, date):
            raise _op_error("-", self, other)
        return NotImplemented

    # Comparison -----------------------------------------------------------------

    def _rich(self, other, op, test):
        if not isinstance(other, datetime):
            if op is None:
                return NotImplemented if not isinstance(other, date) else test is _ne
            if isinstance(other, date) or _foreign_builtin(other):
                if isinstance(other, date):
                    raise TypeError("can't compare %s to %s"
                                    % (_type_label(self), _type_label(other)))
                raise _order_error(op, self, other)
            return NotImplemented
        if self._tz is other._tz:
            return test(self._naive_us(), other._naive_us())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if op is None:
                return test is _ne
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return test(self._utc_us(mine), other._utc_us(theirs))

    def __hash__(self):
        off = self.utcoffset()
        if self._fold:
            # A fold=1 time hashes like its fold=0 twin, which compares equal to it.
            off = self.replace(fold=0).utcoffset()
        return hash(("datetime", self._utc_us(off)))


datetime.min = _make_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _make_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = _td(1)
_install_comparisons(datetime)

_OWN_TYPES = (date, datetime, time, timedelta, tzinfo, timezone)


# ---------------------------------------------------------------------------
# strptime: a small regular-expression-free parser for the common directives

def _take_digits(text, pos, most):
    end = pos
    while end < len(text) and end - pos < most and text[end].isdigit():
        end += 1
    if end == pos:
        return None, pos
    return int(text[pos:end]), end


def _take_name(text, pos, names):
    """Longest case-insensitive match among names (full and 3-letter forms)."""
    lowered = text[pos:].lower()
    best = None
    for index, name in enumerate(names):
        for form in (name, name[:3]):
            if lowered.startswith(form.lower()) and (best is None or len(form) > best[1]):
                best = (index, len(form))
    if best is None:
        return None, pos
    return best[0], pos + best[1]


def _take_offset(text, pos):
    """'Z' or +HHMM[SS[.ffffff]] / +HH:MM[:SS[.ffffff]] -> timedelta."""
    if text[pos:pos + 1] == "Z":
        return timedelta(0), pos + 1
    if text[pos:pos + 1] not in ("+", "-"):
        return None, pos
    sign = -1 if text[pos] == "-" else 1
    end = pos + 1
    while end < len(text) and (text[end].isdigit() or text[end] in ":."):
        end += 1
    body = text[pos + 1:end]
    compact = body.replace(":", "")
    whole, _, frac = compact.partition(".")
    if len(whole) not in (4, 6) or not whole.isdigit() or (frac and len(frac) != 6):
        return None, pos
    h, m = int(whole[0:2]), int(whole[2:4])
    s = int(whole[4:6]) if len(whole) == 6 else 0
    us = int(frac) if frac else 0
    delta = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
    return (-delta if sign < 0 else delta), end


# directive: (field, most digits, smallest, largest); out-of-range numbers do not match.
_NUMERIC = {"Y": ("year", 4, 0, 9999), "m": ("month", 2, 1, 12), "d": ("day", 2, 1, 31),
            "H": ("hour", 2, 0, 23), "I": ("hour12", 2, 1, 12), "M": ("minute", 2, 0, 59),
            "S": ("second", 2, 0, 61), "y": ("year2", 2, 0, 99), "j": ("yday", 3, 1, 366),
            "U": ("week", 2, 0, 53), "W": ("week", 2, 0, 53), "w": ("wday", 1, 0, 6),
            "f": ("frac", 6, 0, 999999)}


def _match_directive(code, text, pos, found):
    """Consumes one directive's text; returns the new position or None on mismatch."""
    if code in _NUMERIC:
        key, most, low, high = _NUMERIC[code]
        start = pos
        value, pos = _take_digits(text, pos, most)
        if value is None or not low <= value <= high:
            return None
        if code == "f":
            value *= 10 ** (6 - (pos - start))
        found[key] = value
        return pos
    if code in "bBh":
        value, pos = _take_name(text, pos, _MONTH_NAMES)
        found["month"] = None if value is None else value + 1
        return None if value is None else pos
    if code in "aA":
        value, pos = _take_name(text, pos, _DAY_NAMES)
        return None if value is None else pos
    if code == "p":
        value, pos = _take_name(text, pos, ("AM", "PM"))
        found["pm"] = value
        return None if value is None else pos
    if code == "z":
        value, pos = _take_offset(text, pos)
        found["offset"] = value
        return None if value is None else pos
    if code == "Z":
        end = pos
        while end < len(text) and text[end].isalpha():
            end += 1
        name = text[pos:end].upper()
        if name not in ("UTC", "GMT") + tuple(n.upper() for n in _clock.tzname):
            return None
        return end
    if code == "%":
        return pos + 1 if text[pos:pos + 1] == "%" else None
    raise ValueError("'%s' is a bad directive in format '%%%s'" % (code, code))


def _scan(text, fmt):
    """Matches text against fmt, returning the captured fields or None."""
    found = {}
    pos, i = 0, 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            pos = _match_directive(fmt[i + 1], text, pos, found)
            if pos is None:
                return None, 0
            i += 2
        elif ch.isspace():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            i += 1
        else:
            if text[pos:pos + 1] != ch:
                return None, 0
            pos += 1
            i += 1
    return found, pos


def _strptime(cls, text, fmt):
    for value, which in ((text, 1), (fmt, 2)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (which, type(value).__name__))
    found, end = _scan(text, fmt)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if end < len(text):
        raise ValueError("unconverted data remains: %s" % text[end:])
    year = found.get("year")
    if year is None and "year2" in found:
        y2 = found["year2"]
        year = y2 + (2000 if y2 < 69 else 1900)
    year = 1900 if year is None else year
    hour = found.get("hour", 0)
    if "hour12" in found:
        hour = found["hour12"] % 12 + (12 if found.get("pm") == 1 else 0)
    month, day = found.get("month", 1), found.get("day", 1)
    if "yday" in found and "month" not in found and "day" not in found:
        month, day = _civil(_ordinal(year, 1, 1) + found["yday"] - 1)[1:]
    offset = found.get("offset")
    tz = None if offset is None else timezone(offset)
    return cls(year, month, day, hour, found.get("minute", 0), found.get("second", 0),
               found.get("frac", 0), tz)
