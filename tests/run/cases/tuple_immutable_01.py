point = (3, 4)
print(point[0] ** 2 + point[1] ** 2)
point[0] = 5
