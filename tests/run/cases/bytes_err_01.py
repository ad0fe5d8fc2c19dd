b = b"abc"
print(b[0])
try:
    b[0] = 1
except Exception as e:
    print(f"{type(e).__name__}: {e}")
