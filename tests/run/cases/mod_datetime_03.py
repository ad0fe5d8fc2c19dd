from datetime import *
a = datetime(2024, 1, 1, tzinfo=timezone.utc); n = datetime(2024, 1, 1)
for f in (lambda: a < n, lambda: time(1, tzinfo=timezone.utc) < time(1), lambda: date(2024,1,1) < 5, lambda: timedelta(1) + 1, lambda: timedelta(days="1")):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(a == n, time(1) == time(1, tzinfo=timezone.utc))
