d = {}
d["k"] = 1
d["k"] += 2
print(d["k"])
