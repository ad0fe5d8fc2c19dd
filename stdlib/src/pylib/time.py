"""time: clocks and calendar functions over the native _time module."""

from _time import (time, time_ns, monotonic, monotonic_ns, process_time, process_time_ns,
                   sleep, timezone, altzone, daylight, tzname)
import _time

perf_counter = monotonic
perf_counter_ns = monotonic_ns

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
           "Nov", "Dec")


class struct_time(tuple):
    """The time value sequence returned by gmtime() and localtime()."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)"
                            % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)"
                            % len(seq))
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None, None)[len(seq) - 9:]
        self._zone, self._gmtoff = extra
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self),))


struct_time.__module__ = "time"


def gmtime(secs=None):
    return struct_time(_time.gmtime(secs))


def localtime(secs=None):
    return struct_time(_time.localtime(secs))


def mktime(t):
    return _time.mktime(t)


def strftime(format, t=None):
    if t is None:
        t = localtime()
    return _time.strftime(format, tuple(t))


def asctime(t=None):
    if t is None:
        t = localtime()
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3],
                                           t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def get_clock_info(name):
    raise ValueError("unknown clock")
