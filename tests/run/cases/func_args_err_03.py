def f(a, *, key):
    return a, key
print(f(1, key=2))
try:
    f(1, 2)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
