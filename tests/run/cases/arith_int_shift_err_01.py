print(1 << 5)
x = -3
print("about to shift")
try:
    print(1 << x)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
