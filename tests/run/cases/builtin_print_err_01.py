print("ok", sep=None, end=None)
try:
    print("bad", sep=5)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
