print(round(3.14159, 3), round(-2.5), round(0.125, 2), round(10), round(15, -1), round(25, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 25, 7))
print(round(1.23456789e10, -5), round(5e-324, 400))
try:
    print(divmod("a", 1))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
