a = list(range(10))
a[2:4] = ["a", "b", "c"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1:3]
print(a)
del a[::3]
print(a)
a[:] = "xyz"
print(a)
a[1:1] = [9, 9]
print(a)
a[-1:] = []
print(a)
