print("a", "b", sep=",", end="\n")
len([1, 2, 3])
