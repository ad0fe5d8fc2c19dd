s = "hello"
print(s[1:4])
try:
    s[0] = "j"
except Exception as e:
    print(f"{type(e).__name__}: {e}")
