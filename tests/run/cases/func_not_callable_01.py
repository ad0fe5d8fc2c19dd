x = 5
print(callable(x))
x()
