vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1e22, 1.5e300, 2.5e-310]
for v in vals:
    print(repr(v), str(v))
print(1/3, 2/3, 10/3)
print(float("inf"), float("-inf"), float("nan"))
print(3.0 * 1.1, 100.0 / 7)
