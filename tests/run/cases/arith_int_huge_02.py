a = 7 ** 20000
b = 3 ** 30000
print(a.bit_length(), b.bit_length())
print((a * b) % 1000000007)
print(len(str(a)), str(a)[:20])
print(a > b, (a - b) > 0)
print((a // b).bit_length())
