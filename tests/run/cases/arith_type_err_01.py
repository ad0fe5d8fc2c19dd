print(1 + 1)
print("a" * 3)
try:
    print(1 + "1")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
