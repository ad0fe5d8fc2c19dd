try:
    x = b"abc" + "def"
except Exception as e:
    print(f"{type(e).__name__}: {e}")
