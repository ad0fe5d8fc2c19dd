def calculate(x):
    return x * factor

factor = 3
print(calculate(2))
del factor
print(calculate(2))
