d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
d["d"] = 4
print(k, v, it)
print(len(k), "a" in k, 4 in v, ("a", 1) in it)
print(k & {"a", "z"} == {"a"}, sorted(k | {"e"}), sorted(k - {"a"}))
print(list(reversed(k)), list(reversed(v)))
