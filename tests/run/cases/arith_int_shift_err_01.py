print(1 << 5)
x = -3
print("about to shift")
print(1 << x)
