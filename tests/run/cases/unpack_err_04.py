try:
    a, b = 5
except Exception as e:
    print(f"{type(e).__name__}: {e}")
