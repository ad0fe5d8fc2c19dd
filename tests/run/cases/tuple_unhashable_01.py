t = (1, [2])
print(t)
d = {t: "x"}
