class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        if not 1 <= month <= 12:
            raise ValueError(f"month must be in 1..12, not {month}")
        if not 1 <= day <= self.month_length(year, month):
            raise ValueError(f"day is out of range for month")
        self.year, self.month, self.day = year, month, day

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @classmethod
    def month_length(cls, year, month):
        return 29 if month == 2 and cls.is_leap(year) else cls.days_in_month[month - 1]

    @classmethod
    def from_iso(cls, s):
        return cls(*map(int, s.split("-")))

    def add_days(self, n):
        y, m, d = self.year, self.month, self.day
        for _ in range(n):
            d += 1
            if d > self.month_length(y, m):
                d = 1
                m += 1
                if m > 12:
                    m, y = 1, y + 1
        return type(self)(y, m, d)

    def weekday(self):
        y, m, d = self.year, self.month, self.day
        if m < 3:
            m += 12
            y -= 1
        k, j = y % 100, y // 100
        h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
        return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

d = Date.from_iso("2024-02-27")
for n in (0, 1, 2, 3, 365, 366):
    x = d.add_days(n)
    print(x, x.weekday())
print([y for y in range(1896, 1912) if Date.is_leap(y)])
for bad in ["2023-02-29", "2024-13-01"]:
    try:
        Date.from_iso(bad)
    except ValueError as e:
        print(bad, "->", e)
Date.from_iso("2024-1")
