t = (1, [2])
print(t)
try:
    d = {t: "x"}
except Exception as e:
    print(f"{type(e).__name__}: {e}")
