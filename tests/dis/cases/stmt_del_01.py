a = 1
b = [1, 2]
del a
del b[0], b
