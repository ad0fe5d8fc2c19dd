point = (3, 4)
print(point[0] ** 2 + point[1] ** 2)
try:
    point[0] = 5
except Exception as e:
    print(f"{type(e).__name__}: {e}")
