print(list(range(1, 10, 2)))
print(range(1, 10, 0))
