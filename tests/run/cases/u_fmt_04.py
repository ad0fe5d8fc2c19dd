import math
# Number formatting corner cases that tutorials show
values = [0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1e-7, 1e7, 123.456, math.pi, math.e, 2 ** 0.5]
for v in values:
    print(f"{v!r:>22} | {v:>10.3f} | {v:>12.4e} | {v:>10.4g} | {round(v, 2)!r:>8}")
print(round(2.675, 2), round(0.125, 2), round(-0.5), round(1.5), round(2.5), round(12345, -2))
print(int(2.99), int(-2.99), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), 2 ** -1, 10 / 4)
print(0.1 * 3, 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3), abs(-3.5), pow(2, 10, 1000))
print(float("1e3"), float(" 2.5 "), int("0x1f", 16), int("101", 2), int(" 42 "), hex(255), oct(8), bin(10))
print(1_000_000, 0b1010, 0o17, 0xFF, 1e3, 3j * 2, (1 + 2j).real)
print(f"{12:>5}|{-12:<5}|{12:^5}|{12:=+6}|")
print(str(1.0), str(100.0), str(1e16), str(1.5e-4), str(0.0001), repr(1/7))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(f"{1234.5678:.2f}".rjust(12, "*"), f"{'%':*^7}")
print(float("abc"))
