x = 10 ** 100000
print(x.bit_length(), len(str(x)), str(x)[:3], x % 97)
y = 2 ** 100000 - 1
print(y.bit_length(), len(str(y)), str(y)[-10:], y % 10 ** 9)
print((x // y).bit_length(), (x * y).bit_length())
