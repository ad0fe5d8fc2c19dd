b = b"abc"
print(b[0])
b[0] = 1
