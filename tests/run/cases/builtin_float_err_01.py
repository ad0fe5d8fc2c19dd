print(float("1e3"))
print(float("abc"))
