d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.pop("b"), d)
print(d.setdefault("a", 100), d.setdefault("q", []), d)
d.update({"x": 9}, y=8)
print(d)
del d["x"]
print(d, d.popitem(), d)
