data = [1, 2, 3]
n := len(data)
print(n)
