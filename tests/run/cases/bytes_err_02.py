print(bytes([1, 2, 255]))
print(bytes([256]))
