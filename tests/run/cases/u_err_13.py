values = [3, 1, 2]
sorted_values = values.sort()
print(sorted_values)
print(sorted_values[0])
