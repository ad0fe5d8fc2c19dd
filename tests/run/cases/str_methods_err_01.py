s = "hello"
print(s.upper())
try:
    s.append("!")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
