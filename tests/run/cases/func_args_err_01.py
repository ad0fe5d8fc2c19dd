def area(w, h):
    return w * h
print(area(2, 3))
try:
    print(area(2))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
