x = 5
print(callable(x))
try:
    x()
except Exception as e:
    print(f"{type(e).__name__}: {e}")
