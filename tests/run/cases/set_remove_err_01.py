s = {1, 2}
s.remove(1)
print(s)
try:
    s.remove(1)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
