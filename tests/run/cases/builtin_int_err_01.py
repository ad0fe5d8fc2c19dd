value = "3.14"
print(float(value))
print(int(value))
