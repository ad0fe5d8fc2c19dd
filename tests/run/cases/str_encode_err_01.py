data = "price: 5€"
print(data.encode("utf-8"))
try:
    print(data.encode("ascii"))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
