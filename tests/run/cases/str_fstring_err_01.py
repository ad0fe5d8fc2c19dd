value = 3.5
print(f"{value:.1f}")
try:
    print(f"{value:d}")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
