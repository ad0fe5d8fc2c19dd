count = 3
try:
    print("count: " + count)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
