a = [10, 20, 30]
i = 3
print(a[i - 1])
try:
    print(a[i])
except Exception as e:
    print(f"{type(e).__name__}: {e}")
