from datetime import datetime, time, timezone, timedelta, date
a, b = datetime(2020,1,1,12), datetime(2020,1,2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == a)
aware = datetime(2020,1,1,12, tzinfo=timezone.utc)
print(a == aware, a != aware)
try: a < aware
except TypeError as e: print(e)
print(time(1) < time(2), time(1) == time(1), time(3) >= time(2))
print(hash(time(1)) == hash(time(1)), len({a, datetime(2020,1,1,12)}))
print(a == date(2020,1,1), date(2020,1,1) == a)
try: a < 1
except TypeError as e: print(e)
try: time(1) > "x"
except TypeError as e: print(e)
