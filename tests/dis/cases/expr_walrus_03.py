values = [1, 2, 3]
total = [y := 5, y ** 2]
print(y, total)
