z = 2 + 3j
print(z * 2, z / 2, z ** 0, 3 * z)
print(z < 1)
