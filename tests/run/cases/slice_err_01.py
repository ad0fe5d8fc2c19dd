a = [1, 2, 3]
print(a[::-1])
try:
    print(a[::0])
except Exception as e:
    print(f"{type(e).__name__}: {e}")
