def f(x):
    return x
try:
    f(1, x=2)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
