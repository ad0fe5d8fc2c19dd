items = [1, 2, None, 4]
total = 0
for i in items:
    total = total + i
print(total)
