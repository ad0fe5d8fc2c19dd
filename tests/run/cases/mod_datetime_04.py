# datetime: tzinfo subclasses, timezone offsets, ISO weeks, subclasses, rounding, copies
import copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name

ist = Fixed(330, "IST")
a = datetime(2021, 6, 1, 8, 30, tzinfo=ist)
print(a, a.tzname(), a.utcoffset(), a.dst(), a.astimezone(timezone.utc), a.strftime("%z %Z"))
print(a == datetime(2021, 6, 1, 3, tzinfo=timezone.utc), a - datetime(2021, 6, 1, tzinfo=timezone.utc))
print(hash(a) == hash(datetime(2021, 6, 1, 3, tzinfo=timezone.utc)), a.utctimetuple()[:6], a.timetuple().tm_isdst)
for y in (2004, 2005, 2008, 2009, 2010, 2015, 2020, 2021):
    first, last = date(y, 1, 1), date(y, 12, 31)
    print(y, tuple(first.isocalendar()), tuple(last.isocalendar()), date.fromisocalendar(y, 1, 1))
print(timezone(timedelta(hours=-7, minutes=-30)), repr(timezone(-timedelta(hours=1))), timezone.utc == timezone(timedelta(0), "Z"))
print(timezone(timedelta(seconds=30)).tzname(None), timezone.min, timezone.max, timezone.utc.dst(None))
for bad in (timedelta(hours=24), timedelta(hours=-24)):
    try: timezone(bad)
    except ValueError as e: print(e)
print(timedelta(seconds=2.5e-6), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(days=1e-6), timedelta(minutes=-0.0001))
print(timedelta(hours=1) * 2.5, timedelta(seconds=1) / 3, timedelta(seconds=7) // 2, timedelta(1) // timedelta(hours=5), -timedelta(hours=1) % timedelta(hours=5))
print(3 * timedelta(minutes=1), timedelta(1) - timedelta(2), +timedelta(-1), abs(timedelta(-1, 5)), timedelta(0.5, 3600.25))
class Day(date):
    def label(self):
        return "day %s" % self.isoformat()
d = Day(2020, 2, 29)
print(repr(d), d.label(), (d + timedelta(1)).label(), type(d.replace(year=2024)).__name__, copy.copy(d), copy.deepcopy(datetime(2000, 1, 2, 3)))
print(copy.copy(timedelta(3, 4, 5)), copy.copy(time(1, 2, tzinfo=timezone.utc)), copy.copy(timezone(timedelta(hours=1), "A")))
print(datetime(2000, 1, 1, 23, 59, 59, 999999) + timedelta(microseconds=1), datetime(2000, 3, 1) - timedelta(days=1))
print(time(12, 30).replace(minute=0), time(1, tzinfo=timezone.utc).replace(tzinfo=None), datetime(2020, 1, 1, 12).replace(tzinfo=timezone.utc))
print(sorted([time(3), time(1, 30), time(2)]), min(datetime(2020, 1, 1), datetime(2019, 5, 5)), max(timedelta(1), timedelta(hours=30)))
print(time(23, 59, 59, 999999).isoformat("milliseconds"), datetime(1, 1, 1).isoformat(timespec="minutes"), date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal())
print(date.fromordinal(1), date.fromordinal(3652059), date(1900, 3, 1).weekday(), date(2000, 2, 29) - date(1600, 2, 29))
for f in (lambda: date.max + timedelta(1), lambda: datetime.min - timedelta(microseconds=1), lambda: timedelta.max + timedelta.resolution,
          lambda: time(24), lambda: datetime(2020, 4, 31), lambda: time(1).isoformat("days"), lambda: date(2020, 1, 1) - 1,
          lambda: datetime.fromisoformat("2020-01-01 25:00"), lambda: timezone(timedelta(0), 3), lambda: tzinfo().tzname(None)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
