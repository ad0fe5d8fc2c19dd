d = {"k": 1}
print(d.popitem())
try:
    d.popitem()
except Exception as e:
    print(f"{type(e).__name__}: {e}")
