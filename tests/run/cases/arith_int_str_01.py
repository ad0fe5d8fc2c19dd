n = 12345678901234567890
print(str(n), repr(n), f"{n:,}", f"{n:_}", format(n, "x"))
print(str(-0), str(10 ** 50))
print(int(str(2 ** 200)) == 2 ** 200)
print(len(str(3 ** 1000)))
print(hex(2 ** 64), oct(2 ** 64), bin(2 ** 20))
