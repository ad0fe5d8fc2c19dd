counts = {}
key = ["a", "b"]
counts[tuple(key)] = 1
print(counts)
try:
    counts[key] = 2
except Exception as e:
    print(f"{type(e).__name__}: {e}")
