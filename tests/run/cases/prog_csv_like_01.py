raw = """id,name,score
1,ann,90.5
2,bob,72
3,cy,88.25"""
header, *rows = [line.split(",") for line in raw.splitlines()]
records = [dict(zip(header, r)) for r in rows]
for r in records:
    r["score"] = float(r["score"])
    r["id"] = int(r["id"])
print(records[0])
avg = sum(r["score"] for r in records) / len(records)
print(f"average: {avg:.3f}")
print(" | ".join(h.upper().center(7) for h in header))
for r in sorted(records, key=lambda r: r["score"], reverse=True):
    print(f"{r['id']:^7} | {r['name']:^7} | {r['score']:^7.1f}")
