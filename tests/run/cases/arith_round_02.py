print(round(float("inf"), 2))
try:
    print(round(float("nan")))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
