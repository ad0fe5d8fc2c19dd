value = 10
del value
print(value)
