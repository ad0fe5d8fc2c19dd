base = 0
print(base ** 2)
print(0.0 ** -1)
