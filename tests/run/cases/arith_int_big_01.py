x = 2 ** 100
print(x)
print(x * x)
print(x - 1, x + 1)
print(-x // 3, -x % 3)
print(x.bit_length(), (x - 1).bit_length())
print(3 ** 80)
print(int("123456789012345678901234567890") * 10)
