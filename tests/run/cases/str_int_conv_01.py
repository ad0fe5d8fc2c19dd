print(str(12).zfill(4), int("0012"), "12".isdigit(), "-12".isdigit(), "12".rjust(4, "0"))
print(str(3.0), str(-2.5e-8), str(1e100), repr(1e-7), str(123.456e5))
print(" ".join(map(str, [1, 2.5, None, True])))
print(int("٣٤"), float("١.٥"), int("\u0661\u0662"))
