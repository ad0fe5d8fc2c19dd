# Table printing with dynamic widths
rows = [
    ("Country", "Capital", "Population (M)", "Area (km²)"),
    ("France", "Paris", 67.75, 643801),
    ("Japan", "Tokyo", 125.7, 377975),
    ("Iceland", "Reykjavík", 0.372, 103000),
    ("Brazil", "Brasília", 214.3, 8515767),
]
def cell(v):
    if isinstance(v, float):
        return f"{v:,.2f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)
cells = [[cell(v) for v in r] for r in rows]
widths = [max(len(r[i]) for r in cells) for i in range(len(rows[0]))]
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
for i, r in enumerate(cells):
    parts = []
    for j, (c, w) in enumerate(zip(r, widths)):
        align = "<" if j < 2 or i == 0 else ">"
        parts.append(f" {c:{align}{w}} ")
    print("|" + "|".join(parts) + "|")
    if i == 0:
        print(sep.replace("-", "="))
print(sep)
density = {r[0]: r[2] * 1e6 / r[3] for r in rows[1:]}
for k, v in sorted(density.items(), key=lambda kv: kv[1]):
    print(f"{k:<8} {v:8.2f} people/km² {'#' * int(v // 20)}")
print(f"{'%':>3}", "%5.1f%%" % 12.345, "%-6s|" % "ab", "%+05d" % 42, "%#x" % 255, "%c" % 65)
print("{:>{}}".format("x", 4), "{:{}{}}".format(7, "0", 3))
print(f"{rows[1][2]:d}")
