a = ["x", "y"]
a.remove("y")
print(a)
a.remove("z")
