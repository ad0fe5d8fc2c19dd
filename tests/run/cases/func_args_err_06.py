def f(a, b):
    pass
try:
    f(a=1, c=2)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
