import os

FNAME = "u_file_02.tmp"
scores = {"alice": [90, 85, 77], "bob": [60, 75], "carol": [100, 95, 98, 91]}
with open(FNAME, "w", encoding="utf-8") as out:
    for name, marks in scores.items():
        out.write(name + ":" + ",".join(map(str, marks)) + "\n")
    out.write("\n")
    out.write("broken line without colon\n")

report = []
with open(FNAME, encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            continue
        try:
            name, marks = line.split(":")
        except ValueError as e:
            print(f"line {lineno}: {e}")
            continue
        nums = [int(m) for m in marks.split(",")]
        report.append((name, sum(nums) / len(nums)))
for name, avg in sorted(report, key=lambda t: t[1], reverse=True):
    print(f"{name.title():<6} {avg:6.2f}")
print(os.path.getsize(FNAME))
with open(FNAME) as f:
    print(repr(f.readline()), repr(f.read(5)), f.tell())
    f.seek(0)
    print(repr(f.read(4)))
print(f.closed)
os.remove(FNAME)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    os.remove(FNAME)
except OSError as e:
    print(type(e).__name__, e.strerror, e.filename, isinstance(e, FileNotFoundError))
int(FNAME)
