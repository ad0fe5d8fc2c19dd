value = "3.14"
print(float(value))
try:
    print(int(value))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
