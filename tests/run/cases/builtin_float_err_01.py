print(float("1e3"))
try:
    print(float("abc"))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
