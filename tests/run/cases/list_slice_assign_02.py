a = [1, 2, 3, 4, 5, 6]
a[::2] = [10, 30, 50]
print(a)
try:
    a[::2] = [1, 2]
except Exception as e:
    print(f"{type(e).__name__}: {e}")
