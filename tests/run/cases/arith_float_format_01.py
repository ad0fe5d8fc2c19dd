vals = [3.0, 0.5, 2 / 3, 1e-7, 123456789.123, -0.0, 1.5e300]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:g}", f"{v:e}", round(v, 2))
print(float("1.10"), 1.10 == 1.1, 0.1 * 3, 1 / 3 * 3, 2.5 // 1, 2.5 % 1)
