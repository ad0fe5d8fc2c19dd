# Parsing a CSV-like report by hand
raw = """name,dept,salary,start
Alice,Engineering,120000,2019-03-01
Bob,Marketing,85000,2020-07-15
  Carol , Engineering , 135000 , 2017-11-30
Dan,Sales,,2021-01-04
Eve,Marketing,91000,2018-05-22"""

rows = raw.splitlines()
header = rows[0].split(",")
records = []
for lineno, line in enumerate(rows[1:], start=2):
    fields = [f.strip() for f in line.split(",")]
    rec = dict(zip(header, fields))
    try:
        rec["salary"] = int(rec["salary"])
    except ValueError as e:
        print(f"line {lineno}: bad salary ({e})")
        continue
    y, m, d = map(int, rec["start"].split("-"))
    rec["start"] = (y, m, d)
    records.append(rec)

by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r)
for dept in sorted(by_dept):
    people = by_dept[dept]
    avg = sum(p["salary"] for p in people) / len(people)
    names = ", ".join(p["name"] for p in people)
    print(f"{dept:<12} n={len(people)} avg={avg:>10,.1f}  [{names}]")
earliest = min(records, key=lambda r: r["start"])
print("earliest:", earliest["name"], "-".join(f"{x:02d}" for x in earliest["start"]))
print(header, len(records))
print("|".join(f"{h.upper():^9}" for h in header))
int("12,000")
