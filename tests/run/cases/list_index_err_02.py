a = [10, 20, 30]
i = 3
print(a[i - 1])
print(a[i])
