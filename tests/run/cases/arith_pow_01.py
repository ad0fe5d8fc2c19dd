print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(2.0, 3), pow(4, 0.5))
print((-8) ** (1/3))
print(2 ** 3 ** 2, (-2) ** 2, -2 ** 2)
print(pow(10, 20), 10.0 ** 20)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
