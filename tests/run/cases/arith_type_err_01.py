print(1 + 1)
print("a" * 3)
print(1 + "1")
