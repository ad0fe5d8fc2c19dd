print(list(zip([1, 2], "ab", strict=True)))
try:
    print(list(zip([1, 2, 3], "ab", strict=True)))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
