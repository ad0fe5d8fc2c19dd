class Shape:
    pass
s = Shape()
try:
    s.area()
except Exception as e:
    print(f"{type(e).__name__}: {e}")
