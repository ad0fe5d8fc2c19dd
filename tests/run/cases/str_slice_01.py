s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[1:8:3], s[-3:-1])
print(s[100:], s[5:2], s[-100:2], s[::-3], s[8:2:-2])
print(len(s), s[len(s) - 1])
try:
    print(s[10])
except Exception as e:
    print(f"{type(e).__name__}: {e}")
