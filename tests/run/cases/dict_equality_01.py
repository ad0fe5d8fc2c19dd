a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a is b, list(a) == list(b))
print({1: "a"} == {1.0: "a"}, {(1, 2): 0} == {(1, 2): 0}, {} == dict())
print(sorted({3: 1, 1: 2, 2: 3}.items()), min({"b": 1, "a": 2}), len({"a": 1, "a": 2}))
print(dict([("k", 1), ("k", 2)]), {**{"k": 1}, **{"k": 3}})
