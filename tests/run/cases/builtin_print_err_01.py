print("ok", sep=None, end=None)
print("bad", sep=5)
