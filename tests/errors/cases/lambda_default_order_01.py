add = lambda x=1, y: x + y
print(add(2))
