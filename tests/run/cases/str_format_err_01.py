try:
    print("{} {}".format(1))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
