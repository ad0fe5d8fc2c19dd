x = 10 ** 100000
print(x.bit_length())
s = str(x)
print(len(s), s[:5], s[-5:])
y = x // 10 ** 99990
print(y)
print((x + 1) % 1000)
