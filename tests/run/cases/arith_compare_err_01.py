data = [3, 1, "two"]
print(sorted(data[:2]))
try:
    print(sorted(data))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
