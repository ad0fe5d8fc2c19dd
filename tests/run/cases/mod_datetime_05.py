# datetime: parsing and formatting round trips (fromisoformat, strptime, strftime, format)
from datetime import date, time, datetime, timedelta, timezone
for s in ("2021-03-04", "2021-03-04T05", "2021-03-04T05:06", "2021-03-04 05:06:07", "2021-03-04T05:06:07.123",
          "2021-03-04T05:06:07.123456", "2021-03-04T05:06:07+01:00", "2021-03-04T05:06:07.5-03:30", "2021-03-04T05:06+00:00"):
    try:
        v = datetime.fromisoformat(s)
        print(s, "->", repr(v), v.isoformat())
    except ValueError as e:
        print(s, "->", e)
for s in ("05", "05:06", "05:06:07", "05:06:07.100", "05:06:07.123456+05:30", "5:06", "05:06:07.1234", "xx"):
    try: print(s, "->", repr(time.fromisoformat(s)))
    except ValueError as e: print(s, "->", e)
for s in ("2021-3-04", "20210304", "2021-02-30", ""):
    try: print(date.fromisoformat(s))
    except ValueError as e: print(e)
fmt_cases = [("31/12/1999 23:59", "%d/%m/%Y %H:%M"), ("Tuesday, 05 January 2021", "%A, %d %B %Y"),
             ("21-07-04 12AM", "%y-%m-%d %I%p"), ("2020 366", "%Y %j"), ("10:11:12.75", "%H:%M:%S.%f"),
             ("2020-05-06T07:08:09+0200", "%Y-%m-%dT%H:%M:%S%z"), ("2020-05-06 Z", "%Y-%m-%d %z"),
             ("100%", "%H%%"), ("2020-13-01", "%Y-%m-%d"), ("2020-01-01 extra", "%Y-%m-%d"), ("jan 5 2020", "%b %d %Y")]
for text, fmt in fmt_cases:
    try: print(repr(datetime.strptime(text, fmt)))
    except ValueError as e: print("ValueError", e)
dt = datetime(2009, 10, 7, 6, 5, 4, 321, tzinfo=timezone(timedelta(hours=-4), "EDT"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z %a %A %b %B %j %p %y %%f %%"), f"{dt:%d.%m.%Y}", f"{dt}", "{:%H}".format(dt))
print(date(2009, 10, 7).strftime("%H:%M %f [%z] [%Z]"), time(6, 5, 4, 3).strftime("%H|%M|%S|%f|%p"), format(time(1, 2), ""), format(date(2001, 2, 3), "%m"))
print(datetime(2020, 1, 1, 0, 0).ctime(), date(2020, 1, 5).ctime(), datetime.fromtimestamp(1600000000, timezone.utc), datetime.utcfromtimestamp(1e9 + 0.0000005))
print(datetime.fromtimestamp(86400 * 365.25, timezone(timedelta(hours=9))), datetime(2030, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1960, 6, 1, tzinfo=timezone.utc).timestamp())
now = datetime.now(timezone.utc)
print(now.tzinfo is timezone.utc, abs(now - datetime.fromtimestamp(datetime.now().timestamp(), timezone.utc)) < timedelta(seconds=5), date.today() == datetime.now().date())
print(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=timezone.utc)), datetime.combine(date(2020, 1, 2), time(3), timezone(timedelta(hours=1))))
print(datetime(2020, 1, 1, 12, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=14))).date(), datetime(2020, 1, 1).timetz(), datetime(2020, 1, 1, 1, tzinfo=timezone.utc).timetz())
