z = 2 + 3j
print(z * 2, z / 2, z ** 0, 3 * z)
try:
    print(z < 1)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
