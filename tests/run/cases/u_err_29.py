items = ["x", "y", "z"]
print(items.index("y"))
print(items.index("w"))
