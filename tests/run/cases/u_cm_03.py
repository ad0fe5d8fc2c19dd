import datetime

class Event:
    def __init__(self, title, when):
        self.title = title
        self.when = when

    @classmethod
    def from_iso(cls, title, s):
        return cls(title, datetime.date.fromisoformat(s))

    @classmethod
    def today_plus(cls, title, days, today=datetime.date(2024, 3, 1)):
        return cls(title, today + datetime.timedelta(days=days))

    def __repr__(self):
        return f"Event({self.title!r}, {self.when.isoformat()})"

events = [Event.from_iso("launch", "2024-05-17"), Event.today_plus("review", 30), Event("start", datetime.date(2024, 1, 1))]
for e in sorted(events, key=lambda e: e.when):
    print(e, e.when.strftime("%A %d %B %Y"), e.when.weekday())
delta = events[0].when - events[2].when
print(delta, delta.days, type(delta).__name__)
dt = datetime.datetime(2024, 2, 29, 13, 45, 30)
print(dt, dt.isoformat(), dt + datetime.timedelta(hours=12), dt.strftime("%H:%M"))
print(datetime.date(2024, 2, 29).replace(year=2025))
