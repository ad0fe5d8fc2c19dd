students = {"ann": [90, 85, 77], "bob": [60, 75], "cy": [], "dee": [100]}
for name, scores in students.items():
    avg = sum(scores) / len(scores) if scores else None
    status = "n/a" if avg is None else ("pass" if avg >= 70 else "fail")
    print(f"{name}: {scores} avg={avg if avg is None else round(avg, 1)} {status}")
best = max((s for s in students.items() if s[1]), key=lambda kv: sum(kv[1]) / len(kv[1]))
print("best:", best[0])
flat = sorted(score for scores in students.values() for score in scores)
print(flat, flat[len(flat) // 2])
print({k: len(v) for k, v in students.items() if v})
