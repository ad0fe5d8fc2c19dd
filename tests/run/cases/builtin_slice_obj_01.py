s = slice(None, None, 2)
print("abcdef"[s], [0, 1, 2, 3][slice(1, 3)], slice(1, 2) == slice(1, 2))
print(hash(1) if False else s.step, repr(s))
try:
    print(hash(s))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
