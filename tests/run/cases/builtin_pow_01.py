print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-1, 0.5) if False else pow(9, 0.5))
print(pow(7, 10 ** 10, 13), pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2.5, 2), pow(True, 5), pow(0, 0), pow(0.0, 0))
print(pow(2, 3, 1.5))
