x = 3
print(1 < x < 5 > 2 != 4)
