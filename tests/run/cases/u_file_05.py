# Log file analysis
import os
from collections import Counter

LOG = "u_file_05.log"
lines = [
    "2024-01-01 10:00:01 INFO  server started",
    "2024-01-01 10:00:05 WARN  disk 81% full",
    "2024-01-01 10:01:00 ERROR db timeout after 30s",
    "2024-01-01 10:02:12 INFO  request /home 200",
    "2024-01-01 10:02:13 INFO  request /login 302",
    "2024-01-01 10:03:40 ERROR db timeout after 30s",
    "2024-01-01 10:04:00 INFO  request /home 200",
    "garbage",
]
with open(LOG, "w") as f:
    f.write("\n".join(lines) + "\n")

levels = Counter()
errors = Counter()
bad = 0
with open(LOG) as f:
    for raw in f:
        parts = raw.split(maxsplit=3)
        if len(parts) < 4:
            bad += 1
            continue
        date, time, level, msg = parts
        levels[level] += 1
        if level == "ERROR":
            errors[msg.strip()] += 1
print(levels.most_common())
print(dict(errors), bad)
print(sorted(levels.elements()))
print(levels["DEBUG"], sum(levels.values()))
with open(LOG) as f:
    requests = [l.split()[-2] for l in f if "request" in l]
print(Counter(requests).most_common(1))
os.remove(LOG)
print(os.path.isfile(LOG))
