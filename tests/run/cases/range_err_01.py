print(list(range(1, 10, 2)))
try:
    print(range(1, 10, 0))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
